package dev.vitae.check;

import java.util.List;

/** The result of checking one PDF: what was found wrong, and what was measured. */
public record CheckReport(String file, int pages, int fonts, long bytes, List<String> problems) {

  public CheckReport {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
