package dev.vitae.fit;

import java.util.List;

/**
 * What fitting did.
 *
 * @param step the density step chosen (0 = most relaxed)
 * @param bodyPt the body type size chosen
 * @param layouts how many layouts the search took
 * @param dropped what was left out to fit, in the order it was dropped
 */
public record FitReport(int step, double bodyPt, int layouts, List<String> dropped) {

  public String summary() {
    String s = "fit: %spt body type, density step %d of %d, %d layout%s".formatted(
        bodyPt, step, DensityLadder.TIGHTEST, layouts, layouts == 1 ? "" : "s");
    return dropped.isEmpty() ? s : s + "; dropped " + dropped.size() + ": " + String.join("; ", dropped);
  }
}
