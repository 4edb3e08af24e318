package dev.vitae.model;

import java.util.List;

/** A short engineering write-up. */
public record Note(
    String category, @Required String title, String body, List<String> tags, Integer priority) {}
