package dev.vitae.view;

/**
 * How tightly the résumé is set, as CSS lengths ready to print. The fitting stage picks one;
 * templates only insert them.
 */
public record Density(
    String bodySize,
    String smallSize,
    String nameSize,
    String lineHeight,
    String sectionGap,
    String entryGap,
    String bulletGap,
    String pageMargin) {

  /**
   * A density from its numbers.
   *
   * @param body body type size in points
   * @param leading line height as a multiple of the type size
   * @param space vertical spacing scale (1 = normal)
   */
  public static Density of(double body, double leading, double space, double marginMm) {
    return new Density(
        pt(body),
        pt(body - 1),
        pt(body * 2.1),
        num(leading),
        pt(11 * space),
        pt(entryGap(body, leading, space)),
        pt(1.5 * space),
        mm(marginMm));
  }

  /**
   * Space between entries: résumé parsers split a section into entries where the gap between two
   * lines exceeds about 1.4 times the common one, so entries stand at least 1.5 line gaps apart at
   * every density (a line gap being a body line plus the space above a bullet).
   */
  private static double entryGap(double body, double leading, double space) {
    return Math.max(6 * space, 0.6 * body * leading + 1.5 * 1.5 * space);
  }

  public static Density standard() {
    return of(10.5, 1.3, 1.0, 16);
  }

  private static String pt(double v) {
    return num(v) + "pt";
  }

  private static String mm(double v) {
    return num(v) + "mm";
  }

  private static String num(double v) {
    return new java.math.BigDecimal(v)
        .setScale(2, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
