package dev.vitae.pipeline;

import dev.vitae.check.Expectation;
import dev.vitae.check.ResumeFields;
import dev.vitae.model.Resume;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import dev.vitae.view.DossierText;
import dev.vitae.view.DossierView;
import dev.vitae.view.DossierViews;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ViewText;
import java.util.HashMap;
import java.util.Map;

/**
 * What each PDF a build writes must hold, by file name, for checking files already written. The
 * résumé's text is compared in full; note that a résumé that had to drop content to fit will report
 * the dropped items as missing, which is what they are.
 */
public final class SourceText {

  private SourceText() {}

  public static Map<String, Expectation> expectations(Resume resume, Plan plan) {
    Map<String, Expectation> out = new HashMap<>();
    for (Profile p : plan.profiles()) {
      Resume tailored = Tailor.apply(resume, p);
      out.put(
          Vitae.fileBase(resume, p, "Resume") + ".pdf",
          of(Vitae.resumeView(tailored, p.variant(), Paper.LETTER)));
      out.put(
          Vitae.fileBase(resume, p, "Dossier") + ".pdf",
          of(DossierViews.of(tailored, Paper.LETTER)));
    }
    return Map.copyOf(out);
  }

  /** The one-page résumé: every string of its view, in order, and every field a parser reads. */
  static Expectation of(ResumeView view) {
    return new Expectation(
        1, ViewText.of(view), view.info().direction().rightToLeft(), ResumeFields.of(view));
  }

  /** The dossier: its headings, in order, on any number of pages. */
  static Expectation of(DossierView view) {
    return new Expectation(0, DossierText.headings(view), view.info().direction().rightToLeft());
  }
}
