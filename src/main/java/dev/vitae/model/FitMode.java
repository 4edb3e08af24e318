package dev.vitae.model;

import java.util.Locale;
import java.util.Optional;

/** What to do when the résumé overflows one page even at the tightest readable density. */
public enum FitMode {
  /** Leave out the least important content until it fits, and report every item left out. */
  DROP,
  /** Fail, saying how far over one page it is and what could be cut. */
  STRICT;

  /** The mode a variant's {@code fit:} value names: {@code drop} or {@code strict}. */
  public static Optional<FitMode> parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "drop" -> Optional.of(DROP);
      case "strict" -> Optional.of(STRICT);
      default -> Optional.empty();
    };
  }
}
