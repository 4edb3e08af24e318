package dev.vitae.view;

/** A skill group on one line: its name and its keywords, joined. */
public record SkillLine(String name, Line keywords) {}
