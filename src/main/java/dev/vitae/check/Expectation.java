package dev.vitae.check;

import java.util.List;

/**
 * What a PDF should be.
 *
 * @param pages exact page count, or 0 for any
 * @param strings text that must appear in the text layer, in this order
 * @param mirroredPage the page starts on the right: a row's cells read back from the left, so the
 *     strings of one line may come in any order
 */
public record Expectation(int pages, List<String> strings, boolean mirroredPage) {

  public static final Expectation ANY = new Expectation(0, List.of());

  public Expectation {
    strings = List.copyOf(strings);
  }

  /** On a page that starts on the left. */
  public Expectation(int pages, List<String> strings) {
    this(pages, strings, false);
  }
}
