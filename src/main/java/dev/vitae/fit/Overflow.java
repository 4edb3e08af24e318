package dev.vitae.fit;

import java.util.List;
import java.util.Locale;

/**
 * The résumé does not fit one page: strict fitting was asked for, or what may never be left out is
 * already more than a page.
 *
 * @param pages how many pages it is at the tightest readable density, rounded up to a tenth
 * @param bodyPt the body type size of that density
 * @param strict whether strict fitting refused to drop content (else nothing was left to drop)
 * @param dropped how many items were left out before giving up (0 when strict)
 * @param candidates the first items that could be cut, least important first
 * @param layouts how many layouts the search took
 */
public record Overflow(
    double pages, double bodyPt, boolean strict, int dropped, List<String> candidates, int layouts)
    implements FitResult {

  /** How many candidates an overflow lists. */
  public static final int SHOWN = 5;

  public Overflow {
    candidates = List.copyOf(candidates);
  }

  /** One sentence: "the résumé is 1.4 pages at the tightest readable setting (9 pt)". */
  public String message() {
    String s =
        "the résumé is %s pages at the tightest readable setting (%s pt)"
            .formatted(String.format(Locale.ROOT, "%.1f", pages), FitReport.points(bodyPt));
    return dropped == 0
        ? s
        : s
            + " even with the %d item%s that may be left out dropped"
                .formatted(dropped, dropped == 1 ? "" : "s");
  }
}
