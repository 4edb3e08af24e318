package dev.vitae.fit;

import dev.vitae.render.pdf.LaidOut;
import dev.vitae.view.LetterView;
import java.util.function.Function;

/**
 * Puts a cover letter on one page with the résumé's {@link DensityLadder}: the most relaxed step
 * when it fits, else the most relaxed step that does, found by bisection (at most six layouts). A
 * letter's paragraphs are never left out: when even the tightest step overflows, the result is an
 * {@link Overflow} that says by how many lines.
 */
public final class LetterFitter {

  private static final int T = DensityLadder.TIGHTEST;

  private final Function<LetterView, String> template;
  private final Function<String, LaidOut> layout;
  private int layouts;

  private LetterFitter(Function<LetterView, String> template, Function<String, LaidOut> layout) {
    this.template = template;
    this.layout = layout;
  }

  /**
   * Lays the letter out at the loosest density step that fits one page.
   *
   * @param template the letter's XHTML from its view
   * @param layout lays XHTML out
   */
  public static LetterFitResult fit(
      LetterView view, Function<LetterView, String> template, Function<String, LaidOut> layout) {
    return new LetterFitter(template, layout).run(view);
  }

  private record Attempt(int step, String xhtml, LaidOut laidOut, LetterView view) {
    boolean fits() {
      return laidOut.pages() == 1;
    }
  }

  private LetterFitResult run(LetterView view) {
    Attempt relaxed = attempt(view, 0);
    if (relaxed.fits()) {
      return fitted(relaxed);
    }
    Attempt fit = attempt(view, T);
    if (!fit.fits()) {
      return overflow(fit);
    }
    int lo = 0;
    while (fit.step() - lo > 1) {
      Attempt a = attempt(view, (lo + fit.step()) / 2);
      if (a.fits()) {
        fit = a;
      } else {
        lo = a.step();
      }
    }
    return fitted(fit);
  }

  private Attempt attempt(LetterView view, int step) {
    LetterView v = view.withDensity(DensityLadder.step(step));
    String xhtml = template.apply(v);
    layouts++;
    return new Attempt(step, xhtml, layout.apply(xhtml), v);
  }

  private FittedLetter fitted(Attempt a) {
    return new FittedLetter(a.laidOut(), a.xhtml(), a.view(), a.step(), layouts);
  }

  private Overflow overflow(Attempt a) {
    LaidOut l = a.laidOut();
    double pages = Math.ceil(l.usedHeight() / (double) l.pageHeight() * 10 - 1e-9) / 10;
    DensityLadder.Setting s = DensityLadder.setting(T);
    double line = s.body() * s.leading() * LaidOut.UNITS_PER_POINT;
    int over = (int) Math.ceil(Math.max(0, l.flowHeight() - l.pageHeight()) / line);
    return new Overflow(
        pages, s.body(), false, 0, java.util.List.of(), layouts, Overflow.LETTER, over);
  }
}
