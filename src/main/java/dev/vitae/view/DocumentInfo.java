package dev.vitae.view;

/** PDF metadata: what a reader's document properties show. */
public record DocumentInfo(String title, String author, String subject, String keywords, String language) {}
