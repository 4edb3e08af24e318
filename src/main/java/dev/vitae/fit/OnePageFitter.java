package dev.vitae.fit;

import dev.vitae.render.pdf.LaidOut;
import dev.vitae.view.ResumeView;
import java.util.List;
import java.util.function.Function;

/** Finds the most relaxed density at which the résumé fills exactly one page. */
public final class OnePageFitter {

  private final Function<ResumeView, String> template;
  private final Function<String, LaidOut> layout;

  public OnePageFitter(Function<ResumeView, String> template, Function<String, LaidOut> layout) {
    this.template = template;
    this.layout = layout;
  }

  public Fitted fit(ResumeView view) {
    int layouts = 0;
    int lo = 0;
    int hi = DensityLadder.TIGHTEST;
    Attempt best = null;
    Attempt tightest = attempt(view, hi);
    layouts++;
    if (tightest.pages() == 1) {
      best = tightest;
      while (lo < hi) {
        int mid = (lo + hi) / 2;
        Attempt a = attempt(view, mid);
        layouts++;
        if (a.pages() == 1) {
          best = a;
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
    } else {
      best = tightest;
    }
    return new Fitted(best.laidOut(), best.xhtml(),
        new FitReport(best.step(), DensityLadder.bodyPt(best.step()), layouts, List.of()));
  }

  private Attempt attempt(ResumeView view, int step) {
    String xhtml = template.apply(view.withDensity(DensityLadder.step(step)));
    LaidOut l = layout.apply(xhtml);
    return new Attempt(step, xhtml, l);
  }

  private record Attempt(int step, String xhtml, LaidOut laidOut) {
    int pages() {
      return laidOut.pages();
    }
  }
}
