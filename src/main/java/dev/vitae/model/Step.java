package dev.vitae.model;

/** One box of a diagram. */
public record Step(@Required String name, String detail) {}
