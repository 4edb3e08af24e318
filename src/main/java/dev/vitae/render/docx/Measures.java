package dev.vitae.render.docx;

/** The density's CSS lengths ("9.5pt", "11mm") as Word's units. */
final class Measures {

  private Measures() {}

  /** Points from a CSS length in pt or mm. */
  static double points(String css) {
    if (css.endsWith("pt")) {
      return Double.parseDouble(css.substring(0, css.length() - 2));
    }
    if (css.endsWith("mm")) {
      return Double.parseDouble(css.substring(0, css.length() - 2)) * 72 / 25.4;
    }
    throw new IllegalArgumentException("not a length in pt or mm: " + css);
  }

  /** Twentieths of a point, Word's twips. */
  static long twips(double points) {
    return Math.round(points * 20);
  }

  /** Half points, Word's type size unit. */
  static long halfPoints(double points) {
    return Math.round(points * 2);
  }
}
