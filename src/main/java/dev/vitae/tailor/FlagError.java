package dev.vitae.tailor;

/**
 * A {@code --set} flag the résumé cannot take: the flag as written ({@code --set
 * work[0].position}), what is wrong with it in the loader's words, and how to fix it.
 */
public record FlagError(String flag, String message, String hint) {}
