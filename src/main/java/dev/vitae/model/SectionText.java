package dev.vitae.model;

/** The words around a section: its title, a subtitle and an introduction. */
public record SectionText(String title, String subtitle, String intro) {}
