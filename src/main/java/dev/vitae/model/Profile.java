package dev.vitae.model;

/** A profile on another site. */
public record Profile(String network, String username, String url) {}
