package dev.vitae.model;

import java.util.List;

/** A pipeline drawn as numbered steps joined by arrows. */
public record Diagram(
    @Required String title, String summary, @Required List<Step> steps, List<String> tags) {}
