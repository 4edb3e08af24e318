package dev.vitae.view;

import java.util.List;

/**
 * One dated entry of a section: a job, a degree, an award.
 *
 * @param title the role or the thing ("Software Developer")
 * @param org who it was with ("Magnolia Pearl")
 * @param dates formatted period ("Jan 2024 – Present"), or empty
 * @param details small print under the title: place, stack, score
 */
public record Entry(
    String title, String org, String url, String dates, String details, String summary, List<Line> bullets) {}
