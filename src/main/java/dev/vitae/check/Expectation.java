package dev.vitae.check;

import java.util.List;

/**
 * What a PDF should be.
 *
 * @param pages exact page count, or 0 for any
 * @param strings text that must appear in the text layer, in this order
 * @param mirroredPage the page starts on the right. A PDF draws its rows first cell first and is
 *     held to the order of any page; in a Word copy's text the strings of one line may come in any
 *     order
 * @param fields what a résumé parser must recover from the text items, field by field; empty for a
 *     document that is not a résumé
 * @param fieldsRequired whether a field a parser does not recover fails the check (vitae's own
 *     templates), or is only reported (a user's own template, whose layout is theirs)
 */
public record Expectation(
    int pages,
    List<String> strings,
    boolean mirroredPage,
    List<ExpectedField> fields,
    boolean fieldsRequired) {

  public static final Expectation ANY = new Expectation(0, List.of());

  public Expectation {
    strings = List.copyOf(strings);
    fields = List.copyOf(fields);
  }

  /** Of a résumé whose fields a parser must recover. */
  public Expectation(
      int pages, List<String> strings, boolean mirroredPage, List<ExpectedField> fields) {
    this(pages, strings, mirroredPage, fields, true);
  }

  /** The same, with the fields only reported: for a résumé made with a user's own template. */
  public Expectation fieldsReported() {
    return new Expectation(pages, strings, mirroredPage, fields, false);
  }

  /** Of a document that is not a résumé. */
  public Expectation(int pages, List<String> strings, boolean mirroredPage) {
    this(pages, strings, mirroredPage, List.of());
  }

  /** On a page that starts on the left. */
  public Expectation(int pages, List<String> strings) {
    this(pages, strings, false);
  }
}
