package dev.vitae.model;

/** A reference (JSON Resume); kept, never printed, since references are given on request. */
public record Reference(String name, String reference) {}
