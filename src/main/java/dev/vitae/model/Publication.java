package dev.vitae.model;

import java.util.List;

/** A publication (JSON Resume). */
public record Publication(
    @Required String name,
    String publisher,
    PartialDate releaseDate,
    @Formerly("website") String url,
    String summary,
    List<String> tags,
    Integer priority) {}
