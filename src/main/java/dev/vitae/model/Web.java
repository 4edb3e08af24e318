package dev.vitae.model;

/**
 * What only the web pages print: the line their header opens with.
 *
 * @param prompt the header drawn as a terminal prompt ({@code tushar@backend-systems ~ node:
 *     production}); none when left out
 */
public record Web(@Doc("the header drawn as a terminal prompt") Prompt prompt) {}
