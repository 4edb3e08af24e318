package dev.vitae.check;

import java.util.List;

/**
 * The result of checking one PDF: what was found wrong, and what was measured.
 *
 * @param warnings what was found that does not fail the check (fields a parser would not recover
 *     from a user's own template)
 * @param fields a résumé's structural read-back, each field beside what was read for it; empty for
 *     another document
 */
public record CheckReport(
    String file,
    int pages,
    int fonts,
    long bytes,
    List<String> problems,
    List<String> warnings,
    List<FieldCheck> fields) {

  public CheckReport {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    fields = List.copyOf(fields);
  }

  public CheckReport(String file, int pages, int fonts, long bytes, List<String> problems) {
    this(file, pages, fonts, bytes, problems, List.of(), List.of());
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
