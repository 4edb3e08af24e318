package dev.vitae.fit;

import dev.vitae.render.pdf.LaidOut;

/** A résumé laid out on one page, with the report of how it got there. */
public record Fitted(LaidOut layout, String xhtml, FitReport report) implements FitResult {

  @Override
  public int layouts() {
    return report.layouts();
  }
}
