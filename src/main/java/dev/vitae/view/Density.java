package dev.vitae.view;

/**
 * How tightly the résumé is set, as CSS lengths ready to print. The fitting stage picks one;
 * templates only insert them.
 */
public record Density(
    String bodySize,
    String smallSize,
    String nameSize,
    String headingSize,
    String labelSize,
    String lineHeight,
    String sectionGap,
    String entryGap,
    String bulletGap,
    String pageMargin) {

  /**
   * The name's size as a multiple of the body's: it leads the page (RenderCV sets 25–30 pt names
   * over 10 pt text).
   */
  public static final double NAME = 2.6;

  /**
   * Section headings' size as a multiple of the body's, at every step of the fit, so that a heading
   * stands a size above the text it heads (and right-to-left headings, which a reader tells from
   * bold text by size alone, stay above its 1.1).
   */
  public static final double HEADING = 1.25;

  /** The label under the name: between the headings and the body. */
  public static final double LABEL = 1.15;

  /**
   * A density from its numbers.
   *
   * @param body body type size in points
   * @param leading line height as a multiple of the type size
   * @param space vertical spacing scale (1 = normal)
   */
  public static Density of(double body, double leading, double space, double marginMm) {
    return of(body, leading, space, marginMm, 0);
  }

  /**
   * A density from its numbers, with {@code spread} points more above each section heading: the
   * page's spare height, shared among its sections' gaps rather than left at the bottom.
   */
  public static Density of(
      double body, double leading, double space, double marginMm, double spread) {
    return new Density(
        pt(body),
        pt(body - 1),
        pt(body * NAME),
        pt(body * HEADING),
        pt(body * LABEL),
        num(leading),
        pt(11 * space + spread),
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
