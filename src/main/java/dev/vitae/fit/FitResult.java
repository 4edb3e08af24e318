package dev.vitae.fit;

/** The outcome of fitting: the résumé on one page, or why it could not be. */
public sealed interface FitResult permits Fitted, Overflow {

  /** How many layouts the search took. */
  int layouts();
}
