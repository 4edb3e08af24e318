package dev.vitae.model;

/** JSON Resume's meta block. */
public record Meta(String canonical, String version, String lastModified) {}
