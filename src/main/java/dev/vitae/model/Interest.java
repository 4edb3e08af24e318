package dev.vitae.model;

import java.util.List;

/** An interest (JSON Resume). */
public record Interest(@Required String name, List<String> keywords) {}
