package dev.vitae.model;

import java.util.List;

/** A headline figure: {@code 200k+} daily events processed. */
public record Metric(
    @Required String value,
    @Required String label,
    String context,
    @Doc("whose figure it is, printed beside it on the résumé: \"Shiprocket\"") String organisation,
    List<String> tags,
    Integer priority) {}
