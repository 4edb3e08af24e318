package dev.vitae.view;

import java.util.List;

/**
 * Everything a cover letter's templates print, in order. The header ({@code name}, {@code label},
 * {@code contacts}) is the résumé's, so the letter's templates print it with the résumé's own
 * header macro.
 *
 * @param date the letter's date, written in the résumé's language ("December 2, 2026", "2. Dezember
 *     2026")
 * @param recipient the addressee's lines (name, title, company, address), only those given
 * @param regarding the subject line ("Application for the Backend Engineer position"), or empty
 * @param signature the name under the closing
 * @param enclosures "Enclosures: Résumé, Dossier", or empty when nothing is enclosed
 * @param paper CSS page size: {@code letter} or {@code A4}
 */
public record LetterView(
    DocumentInfo info,
    String name,
    String label,
    List<Contact> contacts,
    String date,
    List<String> recipient,
    String regarding,
    String greeting,
    List<String> paragraphs,
    String closing,
    String signature,
    String enclosures,
    Density density,
    String paper) {

  public LetterView {
    contacts = List.copyOf(contacts);
    recipient = List.copyOf(recipient);
    paragraphs = List.copyOf(paragraphs);
  }

  /** The same letter set at another density. */
  public LetterView withDensity(Density other) {
    return new LetterView(
        info,
        name,
        label,
        contacts,
        date,
        recipient,
        regarding,
        greeting,
        paragraphs,
        closing,
        signature,
        enclosures,
        other,
        paper);
  }
}
