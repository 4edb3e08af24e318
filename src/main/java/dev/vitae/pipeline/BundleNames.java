package dev.vitae.pipeline;

import dev.vitae.model.Attachment;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The names of a bundle: its folder under {@code sent/} ({@code 2026-12-01-acme-backend-engineer},
 * then {@code …-r2} for a revision beside a frozen one) and its files, named for upload with the
 * person and the company ({@code Tushar-Resume-Acme.pdf}, {@code Tushar-Cover-Letter-Acme.txt}).
 */
final class BundleNames {

  /** The folder, beside the application files, that holds every bundle; vitae owns it. */
  static final String SENT = "sent";

  static final String POSTING = "posting.txt";
  static final String MATCH = "match.txt";

  private BundleNames() {}

  /** {@code 2026-12-01-acme-backend-engineer}. */
  static String folder(LocalDate date, String company, String role) {
    return date + "-" + slug(company, role);
  }

  /** {@code acme-backend-engineer}: an application's file and its bundles are named by it. */
  static String slug(String company, String role) {
    return (FileNames.person(company) + "-" + FileNames.person(role)).toLowerCase(Locale.ROOT);
  }

  /** The folder of revision {@code n} (1 is the first, without a suffix). */
  static String revision(String folder, int n) {
    return n == 1 ? folder : folder + "-r" + n;
  }

  /** {@code Tushar-Cover-Letter-Acme.pdf}. */
  static String file(String person, Attachment document, String company, String extension) {
    return FileNames.person(person)
        + "-"
        + document.fileWord()
        + "-"
        + FileNames.person(company)
        + "."
        + extension;
  }
}
