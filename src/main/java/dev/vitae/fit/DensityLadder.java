package dev.vitae.fit;

import dev.vitae.view.Density;

/**
 * Densities from the most relaxed (step 0) to the tightest ({@link #TIGHTEST}). Spacing tightens
 * before type shrinks; body type never goes below {@link #FLOOR_PT}.
 */
public final class DensityLadder {

  public static final int TIGHTEST = 16;
  public static final double FLOOR_PT = 9.0;
  public static final double TOP_PT = 11.0;

  private DensityLadder() {}

  public static Density step(int step) {
    return step(step, 0);
  }

  /** A step with {@code spread} points more above each section heading. */
  public static Density step(int step, double spread) {
    Setting s = setting(step);
    return Density.of(s.body(), s.leading(), s.space(), s.marginMm(), spread);
  }

  /** Body type size of a step, in points. */
  public static double bodyPt(int step) {
    return setting(step).body();
  }

  /**
   * The numbers of a step.
   *
   * @param body body type size in points
   * @param leading line height as a multiple of the type size
   * @param space vertical spacing scale
   * @param marginMm page margin
   */
  record Setting(double body, double leading, double space, double marginMm) {}

  static Setting setting(int step) {
    double t = Math.max(0, Math.min(TIGHTEST, step)) / (double) TIGHTEST;
    double spacing = Math.min(1, t * 2); // spacing tightens over the first half
    double type = Math.max(0, t * 2 - 1); // type shrinks over the second half
    double body = TOP_PT - 0.75 * spacing - (TOP_PT - 0.75 - FLOOR_PT) * type;
    double leading = 1.34 - 0.06 * spacing - 0.04 * type;
    double space = 1.45 - 0.75 * spacing - 0.2 * type;
    double margin = 18 - 5 * spacing - 2 * type;
    return new Setting(round(body), leading, space, margin);
  }

  private static double round(double pt) {
    return Math.round(pt * 4) / 4.0;
  }
}
