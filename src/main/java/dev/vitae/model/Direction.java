package dev.vitae.model;

/** Which side a page starts on ({@code locale.direction}). */
public enum Direction implements Keyed {
  LTR,
  RTL
}
