package dev.vitae.fit;

import java.util.List;
import java.util.Locale;

/**
 * A one-page document does not fit one page: strict fitting was asked for, or what may never be
 * left out is already more than a page.
 *
 * @param pages how many pages it is at the tightest readable density, rounded up to a tenth
 * @param bodyPt the body type size of that density
 * @param strict whether strict fitting refused to drop content (else nothing was left to drop)
 * @param dropped how many items were left out before giving up (0 when strict)
 * @param candidates the first items that could be cut, least important first
 * @param layouts how many layouts the search took
 * @param document what does not fit, as the message names it: {@code résumé}, {@code cover letter}
 * @param linesOver about how many body lines longer than one page it is; 0 when not measured
 */
public record Overflow(
    double pages,
    double bodyPt,
    boolean strict,
    int dropped,
    List<String> candidates,
    int layouts,
    String document,
    int linesOver)
    implements FitResult, LetterFitResult {

  /** How many candidates an overflow lists. */
  public static final int SHOWN = 5;

  /** What {@link #document} is for the cover letter. */
  public static final String LETTER = "cover letter";

  public Overflow {
    candidates = List.copyOf(candidates);
  }

  /** The résumé's overflow. */
  public Overflow(
      double pages,
      double bodyPt,
      boolean strict,
      int dropped,
      List<String> candidates,
      int layouts) {
    this(pages, bodyPt, strict, dropped, candidates, layouts, "résumé", 0);
  }

  /** Whether what does not fit is the cover letter. */
  public boolean isLetter() {
    return document.equals(LETTER);
  }

  /**
   * One sentence: "the résumé is 1.4 pages at the tightest readable setting (9 pt)", "the cover
   * letter is 1.2 pages at the tightest readable setting (9 pt), about 9 lines more than a page".
   */
  public String message() {
    String s =
        "the %s is %s pages at the tightest readable setting (%s pt)"
            .formatted(
                document, String.format(Locale.ROOT, "%.1f", pages), FitReport.points(bodyPt));
    if (linesOver > 0) {
      s += ", about %d line%s more than a page".formatted(linesOver, linesOver == 1 ? "" : "s");
    }
    return dropped == 0
        ? s
        : s
            + " even with the %d item%s that may be left out dropped"
                .formatted(dropped, dropped == 1 ? "" : "s");
  }
}
