package dev.vitae.check;

import java.util.List;

/**
 * The result of checking one PDF: what was found wrong, and what was measured.
 *
 * @param warnings what was found that does not fail the check (fields a parser would not recover
 *     from a user's own template)
 * @param fields a résumé's structural read-back, each field beside what was read for it; empty for
 *     another document
 * @param readAsHeadings the fields of the résumé's own text that a parser reads as section headings
 *     (a title in capitals with a line of its own), which the other problems follow from
 */
public record CheckReport(
    String file,
    int pages,
    int fonts,
    long bytes,
    List<String> problems,
    List<String> warnings,
    List<FieldCheck> fields,
    List<String> readAsHeadings) {

  public CheckReport {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    fields = List.copyOf(fields);
    readAsHeadings = List.copyOf(readAsHeadings);
  }

  public CheckReport(String file, int pages, int fonts, long bytes, List<String> problems) {
    this(file, pages, fonts, bytes, problems, List.of(), List.of(), List.of());
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
