package dev.vitae.model;

import java.util.List;

/** A group of skills: {@code Languages: Java, SQL}. */
public record SkillGroup(
    @Required String name,
    String level,
    List<Item> keywords,
    List<String> tags,
    Integer priority) {}
