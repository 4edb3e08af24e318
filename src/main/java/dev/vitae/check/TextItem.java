package dev.vitae.check;

import java.util.Locale;

/**
 * One piece of a page's text layer as a reader gets it: a run of glyphs in one font, drawn one
 * after the other (pdf.js calls it a text item).
 *
 * @param y the baseline, measured down from the top of the page
 * @param height the font size
 * @param font the font's name in the PDF, e.g. {@code ABCDEF+SourceSans3-Bold}
 * @param endOfLine the next item starts a new line
 */
public record TextItem(
    String text,
    int page,
    double x,
    double y,
    double width,
    double height,
    String font,
    boolean endOfLine) {

  /** Readers know bold only from the font's name. */
  public boolean bold() {
    return font.toLowerCase(Locale.ROOT).contains("bold");
  }

  /** Where the item ends on its line. */
  double end() {
    return x + width;
  }

  boolean blank() {
    return text.isBlank();
  }

  TextItem joined(String separator, TextItem next) {
    return new TextItem(
        text + separator + next.text,
        page,
        x,
        y,
        Math.max(end(), next.end()) - x,
        height,
        font,
        next.endOfLine);
  }

  TextItem endingLine() {
    return new TextItem(text, page, x, y, width, height, font, true);
  }
}
