package dev.vitae.model;

/**
 * What to do when the résumé overflows one page even at the tightest readable density: a variant's
 * {@code fit:}.
 */
public enum FitMode implements Keyed {
  /** Leave out the least important content until it fits, and report every item left out. */
  DROP,
  /** Fail, saying how far over one page it is and what could be cut. */
  STRICT
}
