package dev.vitae.model;

import java.util.List;

/** Unpaid work (JSON Resume). */
public record Volunteer(
    String organization,
    String position,
    @Formerly("website") String url,
    PartialDate startDate,
    DatePoint endDate,
    String summary,
    List<Item> highlights,
    List<String> tags,
    Integer priority) {}
