package dev.vitae.model;

import java.util.List;

/** A certificate (JSON Resume). */
public record Certificate(
    @Required String name,
    PartialDate date,
    String issuer,
    String url,
    List<String> tags,
    Integer priority) {}
