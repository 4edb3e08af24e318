package dev.vitae.model;

import java.util.List;

/** One rule of the person's operating philosophy. */
public record Principle(@Required String title, String body, List<String> tags) {}
