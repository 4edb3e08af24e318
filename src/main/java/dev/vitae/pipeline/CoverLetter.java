package dev.vitae.pipeline;

import dev.vitae.model.DocumentKind;
import dev.vitae.model.Letter;
import java.time.LocalDate;
import java.util.List;

/**
 * A cover letter to build beside the résumé, as an application asks for it.
 *
 * @param letter what it says, to whom
 * @param company the employer, named in the letter and in the files' upload names
 * @param role the role applied for
 * @param date the date the letter carries, written in the résumé's locale
 * @param enclosures the other documents sent with it, listed under "Enclosures"
 */
public record CoverLetter(
    Letter letter, String company, String role, LocalDate date, List<DocumentKind> enclosures) {

  public CoverLetter {
    enclosures = List.copyOf(enclosures);
  }
}
