package dev.vitae.model;

/**
 * A terminal prompt as the portfolio page's header draws it: {@code user@folder}, then a status.
 */
public record Prompt(
    @Required @Doc("the user name before the @") String user,
    @Doc("the folder after it") String folder,
    @Doc("a status after the prompt, such as 'node: production'") String status) {}
