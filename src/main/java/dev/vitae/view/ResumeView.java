package dev.vitae.view;

import java.util.List;

/**
 * Everything the résumé templates print, in order.
 *
 * @param headline the one sentence under the title; empty when there is none or the fit left it out
 * @param paper CSS page size: {@code letter} or {@code A4}
 */
public record ResumeView(
    DocumentInfo info,
    String name,
    String label,
    String headline,
    List<Contact> contacts,
    List<Section> sections,
    Density density,
    String paper) {

  /**
   * The same résumé with each section headed by its title as written ("Experience") rather than in
   * the PDF's capitals: a web page sets capitals with its style sheet, and a screen reader reads
   * the words.
   */
  public ResumeView withHeadingsAsWritten() {
    return new ResumeView(
        info,
        name,
        label,
        headline,
        contacts,
        sections.stream().map(s -> s.withHeading(s.title())).toList(),
        density,
        paper);
  }

  /** The same résumé set at another density. */
  public ResumeView withDensity(Density other) {
    return new ResumeView(info, name, label, headline, contacts, sections, other, paper);
  }
}
