package dev.vitae.model;

import java.util.List;

/** An award or prize. */
public record Award(
    @Required String title,
    PartialDate date,
    String awarder,
    String summary,
    List<String> tags,
    Integer priority) {}
