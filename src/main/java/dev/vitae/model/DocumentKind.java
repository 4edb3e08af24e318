package dev.vitae.model;

/**
 * The documents a variant may ask for ({@code documents:}, {@code --only}): the one-page résumé
 * PDF, the dossier PDF, and the plain-text and Markdown versions of both.
 */
public enum DocumentKind implements Keyed {
  RESUME,
  DOSSIER,
  TEXT
}
