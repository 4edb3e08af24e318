package dev.vitae.model;

/**
 * The documents a variant may ask for ({@code documents:}, {@code --only}): the one-page résumé
 * PDF, the dossier PDF, the plain-text and Markdown versions of both, the cover letter (its PDF,
 * text and Markdown; built only when a build is given a letter, as {@code vitae apply} does) and
 * the Word copies (.docx) of the résumé, the dossier and the cover letter, and the web pages
 * (.html): the résumé's and the portfolio made of the dossier.
 */
public enum DocumentKind implements Keyed {
  RESUME,
  DOSSIER,
  TEXT,
  LETTER,
  DOCX,
  HTML
}
