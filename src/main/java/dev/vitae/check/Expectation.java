package dev.vitae.check;

import java.util.List;

/**
 * What a PDF should be.
 *
 * @param pages exact page count, or 0 for any
 * @param strings text that must appear in the text layer, in this order
 */
public record Expectation(int pages, List<String> strings) {

  public static final Expectation ANY = new Expectation(0, List.of());

  public Expectation {
    strings = List.copyOf(strings);
  }
}
