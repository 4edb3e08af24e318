package dev.vitae.fit;

import dev.vitae.model.FitMode;
import dev.vitae.render.pdf.LaidOut;
import dev.vitae.view.ResumeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Puts the résumé on exactly one page, deciding from real layouts rather than guesses.
 *
 * <p>Every way of setting the résumé is a point on one line: positions {@code 0..TIGHTEST} are the
 * density steps with all content, and position {@code TIGHTEST + k} is the tightest density with
 * the first {@code k} {@linkplain Cuts cuts} left out. Going right only ever makes the résumé
 * shorter, so the fitter looks for the leftmost position that fits one page, keeping a bracket (a
 * position known to overflow, one known to fit) and laying out one guess at a time. It lays out the
 * tightest density first. When that fits, it bisects the ladder (step 0 first, so a short résumé
 * takes two layouts). When it does not, the guesses come from measurements of the layouts already
 * made: how tall the content is without blank page ends, and how tall each droppable block is
 * (templates mark them with {@value #REF_ATTRIBUTE}); that usually lands on the answer at the first
 * guess. It stops as soon as a one-page layout shows that putting back the last item dropped would
 * overflow by more than 1% of a page, and when it is down to its last layout without a fit it tries
 * leaving out everything that may be left out. It never makes more than {@link #MAX_LAYOUTS}
 * layouts of its own; an earlier fit's step that turned out to overflow (below) is one more.
 */
public final class OnePageFitter {

  /** The most layouts one fit makes. */
  public static final int MAX_LAYOUTS = 8;

  /** The attribute templates put on droppable blocks, holding their {@code ref}. */
  public static final String REF_ATTRIBUTE = "data-ref";

  /**
   * Below this share of the page filled at the tightest step, the most relaxed step is tried first:
   * the relaxed step sets the same content about 1.4 times as tall.
   */
  static final double RELAXED_MAY_FIT = 0.72;

  private static final int T = DensityLadder.TIGHTEST;

  /**
   * The most points the page's spare height adds above one section heading (half a body line): it
   * shares out what a step of the ladder leaves over, it does not stretch a page.
   */
  static final double MOST_SPREAD_PT = 6;

  /** The share of the spare height spread among the section gaps; the rest stays at the bottom. */
  static final double SPREAD_SHARE = 0.85;

  private final Function<ResumeView, String> template;
  private final Function<String, LaidOut> layout;

  public OnePageFitter(Function<ResumeView, String> template, Function<String, LaidOut> layout) {
    this.template = template;
    this.layout = layout;
  }

  /** Fits, dropping content when nothing else helps. */
  public FitResult fit(ResumeView view) {
    return fit(view, FitMode.DROP);
  }

  public FitResult fit(ResumeView view, FitMode mode) {
    return fit(view, mode, FitMemory.none());
  }

  /**
   * Fits; when {@code memory} holds the answer of a fit of the same page, lays out only that answer
   * (one layout), with the same result as the search.
   */
  public FitResult fit(ResumeView view, FitMode mode, FitMemory memory) {
    Search search = new Search(view, Cuts.candidates(view));
    if (!memory.remembers()) {
      return search.run(mode);
    }
    String key = FitMemory.key(mode, search.tightestXhtml());
    Optional<Fitted> recalled = memory.recall(key).flatMap(search::recall);
    if (recalled.isPresent()) {
      return recalled.get();
    }
    String seedKey = FitMemory.seedKey(mode, view);
    // a résumé not fitted before starts where the last build's last one on this paper ended: a
    // variant, or the next of a batch, is usually set on the same step or the next
    String anyKey = FitMemory.seedKey(mode, view.paper());
    FitResult result = search.run(mode, memory.seed(seedKey).or(() -> memory.seed(anyKey)));
    if (result instanceof Fitted f) {
      int position = search.fitting().position();
      memory.remember(key, new FitMemory.Answer(position, f.layouts(), search.spread));
      if (position <= T) {
        memory.seed(seedKey, position);
        memory.seedNextBuild(anyKey, position);
      }
    }
    return result;
  }

  private final class Search {
    private final ResumeView view;
    private final List<Cut> cuts;
    private final int last;
    private final Map<Integer, Integer> used = new HashMap<>(); // as laid out on pages
    private final Map<Integer, Integer> flow = new HashMap<>(); // without blank page ends
    private final Map<Integer, Integer> pageHeights = new HashMap<>();
    private int layouts;
    private int missedSeed; // a layout of an earlier fit's step that overflowed, beyond the budget
    private int pageHeight;
    private int lo = -1; // rightmost position known to overflow (-1: none)
    private @Nullable Attempt hi; // leftmost position known to fit
    private long[] freed = {}; // freed[k]: how much shorter leaving out the first k cuts makes it
    private boolean measured; // whether the template marks droppable blocks
    private @Nullable String tightest; // the XHTML at the tightest density with all content
    private double spread; // points added above each section heading of the fitting layout

    Search(ResumeView view, List<Cut> cuts) {
      this.view = view;
      this.cuts = cuts;
      this.last = T + cuts.size();
    }

    /** The XHTML at the tightest density with all content, made once. */
    String tightestXhtml() {
      if (tightest == null) {
        tightest = template.apply(Cuts.apply(view, cuts, 0).withDensity(DensityLadder.step(T)));
      }
      return tightest;
    }

    /**
     * An earlier search's answer, laid out again; empty when it does not fit (it always does: the
     * same XHTML lays out the same).
     */
    Optional<Fitted> recall(FitMemory.Answer answer) {
      Attempt a = attempt(answer.position(), answer.spread());
      if (!a.fits()) {
        return Optional.empty();
      }
      spread = answer.spread();
      return Optional.of(fitted(answer.layouts()));
    }

    FitResult run(FitMode mode) {
      return run(mode, Optional.empty());
    }

    /**
     * The search, trying first the ladder step an earlier fit of this résumé ended on: when it fits
     * and the step more relaxed does not, that is the answer (the leftmost fitting position, as the
     * search would find it); otherwise the search goes on from what the two layouts showed.
     */
    FitResult run(FitMode mode, Optional<Integer> seed) {
      Attempt tried = null;
      if (seed.isPresent() && seed.get() >= 0 && seed.get() <= T) {
        int s = seed.get();
        tried = attempt(s);
        missedSeed = tried.fits() || s == T ? 0 : 1;
        if (tried.fits()) {
          if (s > 0) {
            attempt(s - 1);
          }
          while (fitting().position() - lo > 1 && searching() < MAX_LAYOUTS) {
            attempt((lo + fitting().position()) / 2);
          }
          spread();
          return fitted();
        }
      }
      Attempt tightest = tried != null && tried.position() == T ? tried : attempt(T);
      if (tightest.fits()) {
        fitLadder();
        spread();
        return fitted();
      }
      if (mode == FitMode.STRICT || cuts.isEmpty()) {
        return overflow(T, mode == FitMode.STRICT, 0);
      }
      freed = freed(tightest.laidOut().blockHeights(REF_ATTRIBUTE));
      while (searching() < MAX_LAYOUTS && (hi == null || hi.position() - lo > 1)) {
        int guess = dropGuess();
        if (guess < 0) {
          break;
        }
        attempt(guess);
      }
      if (hi == null) {
        return overflow(last, false, cuts.size());
      }
      spread();
      return fitted();
    }

    /**
     * Shares the fitting layout's spare height among the gaps above its section headings (at most
     * {@link #MOST_SPREAD_PT} each), so that the page's white space is not pooled at its bottom,
     * and keeps that layout when it still fits one page: one layout more, within the budget.
     */
    private void spread() {
      Attempt fit = fitting();
      int sections = Cuts.apply(view, cuts, Math.max(0, fit.position() - T)).sections().size();
      double sparePt =
          (laidOut(pageHeights, fit.position()) - laidOut(flow, fit.position()))
              / (double) LaidOut.UNITS_PER_POINT;
      double each = Math.min(MOST_SPREAD_PT, sparePt * SPREAD_SHARE / Math.max(1, sections));
      each = Math.floor(each * 4) / 4; // to the quarter point
      // a résumé at the most relaxed step is shorter than its page: it stays top-aligned
      if (fit.position() == 0 || sections == 0 || each < 0.5 || searching() >= MAX_LAYOUTS) {
        return;
      }
      int p = fit.position();
      int[] kept = {lo, laidOut(pageHeights, p), laidOut(used, p), laidOut(flow, p)};
      Attempt spreadOut = attempt(p, each);
      if (spreadOut.fits()) {
        spread = each;
        hi = spreadOut;
      } else { // the fitting layout stays, and so do its measures
        lo = kept[0];
        pageHeights.put(p, kept[1]);
        used.put(p, kept[2]);
        flow.put(p, kept[3]);
      }
    }

    /**
     * The most relaxed density step that fits, knowing the tightest fits: the most relaxed step
     * first when the tightest layout leaves enough of the page empty for it to have a chance (short
     * résumés stop there), then bisection, at most four more layouts for 17 steps. (Guessing from
     * the measured heights was tried here and did no better: how a step's type size, leading,
     * spacing and margins add up to a height depends on where lines wrap.)
     */
    private void fitLadder() {
      if (fraction(T) < RELAXED_MAY_FIT) {
        attempt(0);
      }
      while (fitting().position() - lo > 1 && searching() < MAX_LAYOUTS) {
        attempt((lo + fitting().position()) / 2);
      }
    }

    /** A measure of a position already laid out. */
    private static int laidOut(Map<Integer, Integer> measures, int position) {
      return Objects.requireNonNull(measures.get(position), "position not laid out");
    }

    private double fraction(int position) {
      return laidOut(flow, position) / (double) laidOut(pageHeights, position);
    }

    /**
     * The next position to lay out on the drop side, or -1 when the measurements show the bracket
     * is already tight (the fitting position less one cut is predicted to overflow).
     */
    private int dropGuess() {
      int remaining = MAX_LAYOUTS - searching();
      int right = hi == null ? last : hi.position();
      if (hi == null && remaining == 1) {
        return used.containsKey(last) ? -1 : last; // the last chance: everything droppable
      }
      if (!measured) { // a template without marks: bisect
        int mid = (lo + right + 1) / 2;
        return hi != null && mid == right ? -1 : mid;
      }
      int anchor = hi != null && hi.position() > T ? hi.position() : lo;
      int guess = right;
      for (int p = lo + 1; p <= right; p++) {
        if (predicted(anchor, p) <= pageHeight) {
          guess = p;
          break;
        }
      }
      if (hi == null) {
        return guess == right && used.containsKey(right) ? -1 : guess;
      }
      if (guess < right) {
        return guess;
      }
      // nothing left of the fitting position is predicted to fit; check the next one only when the
      // prediction is close (within 1% of a page) or comes from a layout that ran over
      double over = predicted(anchor, right - 1) - pageHeight;
      return anchor == right && over > pageHeight * 0.01 ? -1 : right - 1;
    }

    private double predicted(int anchor, int p) {
      return laidOut(flow, anchor) - (freed[Math.max(0, p - T)] - freed[Math.max(0, anchor - T)]);
    }

    /**
     * Cumulative heights freed by the cuts, from block heights measured at the tightest density
     * with all content. A whole entry frees its height less what its bullets cut before it already
     * freed. A block the template did not mark counts as the average marked block.
     */
    private long[] freed(Map<String, Integer> heights) {
      long[] out = new long[cuts.size() + 1];
      Map<String, Integer> bulletsCut = new HashMap<>();
      measured = !heights.isEmpty();
      int fallback =
          (int) heights.values().stream().mapToInt(Integer::intValue).average().orElse(1);
      for (int k = 0; k < cuts.size(); k++) {
        Cut c = cuts.get(k);
        int h = heights.getOrDefault(c.ref(), fallback);
        int gain;
        if (c.isBullet()) {
          bulletsCut.merge(c.entryRef(), h, Integer::sum);
          gain = h;
        } else {
          gain = Math.max(0, h - bulletsCut.getOrDefault(c.ref(), 0));
        }
        out[k + 1] = out[k] + gain;
      }
      return out;
    }

    private Attempt attempt(int position) {
      return attempt(position, 0);
    }

    /** Lays out a position, with {@code spread} points more above each section heading. */
    private Attempt attempt(int position, double spread) {
      int step = Math.min(position, T);
      ResumeView v =
          Cuts.apply(view, cuts, Math.max(0, position - T))
              .withDensity(DensityLadder.step(step, spread));
      String xhtml =
          position == T && spread == 0 && tightest != null ? tightest : template.apply(v);
      LaidOut laidOut = layout.apply(xhtml);
      layouts++;
      pageHeight = laidOut.pageHeight();
      pageHeights.put(position, pageHeight);
      used.put(position, laidOut.usedHeight());
      flow.put(position, laidOut.flowHeight());
      Attempt a = new Attempt(position, xhtml, laidOut);
      if (a.fits()) {
        if (hi == null || position < hi.position()) {
          hi = a;
        }
      } else {
        lo = Math.max(lo, position);
      }
      return a;
    }

    /** The layouts counted against the budget: all made, but for a seed that missed. */
    private int searching() {
      return layouts - missedSeed;
    }

    /** The leftmost position known to fit, once one is. */
    Attempt fitting() {
      return Objects.requireNonNull(hi, "a fitting position is known");
    }

    private Fitted fitted() {
      return fitted(layouts);
    }

    /** The fit at the leftmost position known to fit, reported as a search of {@code searched}. */
    private Fitted fitted(int searched) {
      Attempt fit = fitting();
      int k = Math.max(0, fit.position() - T);
      int step = Math.min(fit.position(), T);
      double fill = Math.min(1.0, fraction(fit.position()));
      return new Fitted(
          fit.laidOut(),
          fit.xhtml(),
          new FitReport(
              step,
              DensityLadder.bodyPt(step),
              searched,
              fill,
              names(cuts.subList(0, k)),
              cuts.subList(0, k).stream().map(Cut::ref).toList()),
          Cuts.apply(view, cuts, k).withDensity(DensityLadder.step(step, spread)));
    }

    private Overflow overflow(int position, boolean strict, int dropped) {
      double pages = Math.ceil(laidOut(used, position) / (double) pageHeight * 10 - 1e-9) / 10;
      List<String> first = cuts.stream().limit(Overflow.SHOWN).map(Cut::name).toList();
      return new Overflow(
          pages, DensityLadder.bodyPt(T), strict, dropped, strict ? first : List.of(), layouts);
    }
  }

  /** Names of the cuts made, leaving out bullets of entries that went whole. */
  private static List<String> names(List<Cut> made) {
    Set<String> whole = new HashSet<>();
    for (Cut c : made) {
      if (!c.isBullet()) {
        whole.add(c.ref());
      }
    }
    List<String> out = new ArrayList<>();
    for (Cut c : made) {
      if (!c.isBullet() || !whole.contains(c.entryRef())) {
        out.add(c.name());
      }
    }
    return List.copyOf(out);
  }

  private record Attempt(int position, String xhtml, LaidOut laidOut) {
    boolean fits() {
      return laidOut.pages() == 1;
    }
  }
}
