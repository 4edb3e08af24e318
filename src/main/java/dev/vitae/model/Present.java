package dev.vitae.model;

/** An end date written as {@code present}: the period has not ended. */
public record Present() implements DatePoint {
  @Override
  public int sortKey() {
    return Integer.MAX_VALUE;
  }
}
