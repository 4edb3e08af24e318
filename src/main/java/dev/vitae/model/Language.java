package dev.vitae.model;

/** A spoken language (JSON Resume). */
public record Language(@Required String language, String fluency) {}
