package dev.vitae.model;

import java.util.Locale;

/** A document an application sends: an application's {@code documents:}. */
public enum Attachment implements Keyed {
  RESUME("Resume"),
  COVER_LETTER("Cover-Letter"),
  DOSSIER("Dossier");

  private final String fileWord;

  Attachment(String fileWord) {
    this.fileWord = fileWord;
  }

  /** Written with a hyphen: {@code cover-letter}. */
  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The word for it in an upload's file name: {@code Tushar-Cover-Letter-Acme.pdf}. */
  public String fileWord() {
    return fileWord;
  }
}
