package dev.vitae.view;

/** A headline figure. */
public record MetricCard(String value, String label, String context) {}
