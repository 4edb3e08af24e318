package dev.vitae.model;

import java.util.List;

/** A project (JSON Resume). */
public record Project(
    @Required String name,
    String description,
    List<Item> highlights,
    List<String> keywords,
    PartialDate startDate,
    DatePoint endDate,
    String url,
    List<String> roles,
    String entity,
    String type,
    List<String> tags,
    Integer priority) {}
