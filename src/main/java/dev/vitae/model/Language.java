package dev.vitae.model;

/** A spoken language (JSON Resume). */
public record Language(
    @Required @Formerly("name") String language, @Formerly("level") String fluency) {}
