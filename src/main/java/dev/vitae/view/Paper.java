package dev.vitae.view;

import java.util.Locale;

/** Page sizes vitae sets documents on. */
public enum Paper {
  LETTER("letter"),
  A4("A4");

  private final String css;

  Paper(String css) {
    this.css = css;
  }

  public String css() {
    return css;
  }

  /** The name people type: {@code letter}, {@code a4} ({@code --paper a4}). */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
