package dev.vitae.view;

import java.util.List;

/**
 * Everything the résumé templates print, in order.
 *
 * @param paper CSS page size: {@code letter} or {@code A4}
 */
public record ResumeView(
    DocumentInfo info,
    String name,
    String label,
    List<Contact> contacts,
    List<Section> sections,
    Density density,
    String paper) {

  /** The same résumé set at another density. */
  public ResumeView withDensity(Density other) {
    return new ResumeView(info, name, label, contacts, sections, other, paper);
  }
}
