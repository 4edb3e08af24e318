package dev.vitae.view;

import java.util.Locale;
import java.util.Optional;

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

  public static Optional<Paper> parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "letter", "us-letter", "usletter" -> Optional.of(LETTER);
      case "a4" -> Optional.of(A4);
      default -> Optional.empty();
    };
  }
}
