package dev.vitae.fit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What fitting did.
 *
 * @param step the density step chosen (0 = most relaxed)
 * @param bodyPt the body type size chosen
 * @param layouts how many layouts the search took
 * @param fill how much of the page's height the content uses (0 to 1)
 * @param dropped what was left out to fit, in the order it was dropped; a bullet of an entry that
 *     was dropped whole is not listed again
 */
public record FitReport(int step, double bodyPt, int layouts, double fill, List<String> dropped) {

  public FitReport {
    dropped = List.copyOf(dropped);
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
