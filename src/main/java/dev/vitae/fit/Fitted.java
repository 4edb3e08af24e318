package dev.vitae.fit;

import dev.vitae.render.pdf.LaidOut;
import dev.vitae.view.ResumeView;

/**
 * A résumé laid out on one page, with the report of how it got there.
 *
 * @param view what was laid out: the view less what was dropped, at the chosen density
 */
public record Fitted(LaidOut layout, String xhtml, FitReport report, ResumeView view)
    implements FitResult {

  @Override
  public int layouts() {
    return report.layouts();
  }
}
