package dev.vitae.check;

/**
 * One field of the structural read-back: what the view printed, what a parser recovered.
 *
 * @param field where it is, e.g. {@code work[0].company}
 */
public record FieldCheck(String field, String expected, String found, boolean ok) {}
