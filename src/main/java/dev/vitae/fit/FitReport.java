package dev.vitae.fit;

import dev.vitae.view.ResumeView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What fitting did.
 *
 * @param step the density step chosen (0 = most relaxed)
 * @param bodyPt the body type size chosen
 * @param layouts how many layouts the search took
 * @param fill how much of the page's height the content uses (0 to 1)
 * @param dropped what was left out to fit, in the order it was dropped; a bullet of an entry that
 *     was dropped whole is not listed again
 * @param refs where each item left out comes from ({@code work[3]}, {@code work[3].highlights[2]}),
 *     in the order dropped: what {@link #without} leaves out again
 */
public record FitReport(
    int step, double bodyPt, int layouts, double fill, List<String> dropped, List<String> refs) {

  public FitReport {
    dropped = List.copyOf(dropped);
    refs = List.copyOf(refs);
  }

  /**
   * A view without the items that fitting left out of the résumé it was made from: what the PDF
   * shows, for checking a PDF already written against its source.
   */
  public static ResumeView without(ResumeView view, List<String> refs) {
    return Cuts.without(view, Set.copyOf(refs));
  }

  /** One line: type size, density, layouts, how full, how much was dropped. */
  public String summary() {
    String s =
        "fit: %s pt body type, density step %d of %d, %d layout%s, page %d%% full"
            .formatted(
                points(bodyPt),
                step,
                DensityLadder.TIGHTEST,
                layouts,
                layouts == 1 ? "" : "s",
                Math.round(fill * 100));
    return dropped.isEmpty()
        ? s + ", nothing dropped"
        : s
            + ", dropped %d item%s to fit one page:"
                .formatted(dropped.size(), dropped.size() == 1 ? "" : "s");
  }

  /** The summary, then each dropped item on its own line. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(summary());
    for (String d : dropped) {
      out.add("  dropped " + d);
    }
    return List.copyOf(out);
  }

  /** 9, 9.25, 10.5: a type size as people write it. */
  static String points(double pt) {
    return new BigDecimal(Double.toString(pt)).stripTrailingZeros().toPlainString();
  }
}
