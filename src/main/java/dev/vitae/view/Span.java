package dev.vitae.view;

/** A run of text, set in bold when {@code strong}. */
public record Span(String text, boolean strong) {}
