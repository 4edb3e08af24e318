package dev.vitae.model;

/** The end of a period: a (partial) calendar date, or still going on. */
public sealed interface DatePoint permits PartialDate, Present {

  /** Sort key; later points compare greater, and {@link Present} is after every date. */
  int sortKey();
}
