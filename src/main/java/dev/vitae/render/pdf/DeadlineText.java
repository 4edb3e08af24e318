package dev.vitae.render.pdf;

import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontContext;
import org.xhtmlrenderer.pdf.ITextTextRenderer;
import org.xhtmlrenderer.render.FSFontMetrics;

/**
 * Flying Saucer's text measurer, which layout asks about every run of text: it also stops a layout
 * that has run past its deadline, since Flying Saucer itself cannot be interrupted.
 */
final class DeadlineText extends ITextTextRenderer {

  /** The layout ran past its deadline. */
  static final class Expired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Expired() {
      super("layout deadline passed", null, false, false);
    }
  }

  private final long deadline;
  private final Kerning kerning;

  /**
   * @param deadline in {@link System#nanoTime()} units
   * @param kerning the kerning texts are drawn with, which their widths include
   */
  DeadlineText(long deadline, Kerning kerning) {
    this.deadline = deadline;
    this.kerning = kerning;
  }

  /**
   * A text's width as drawn: its advances and its kerning, rounded as Flying Saucer rounds them.
   */
  @Override
  public int getWidth(ITextFontContext context, ITextFSFont font, String text) {
    check();
    BaseFont face = font.getFontDescription().getFont();
    float size = font.getSize2D();
    float width = kerning.width(face, text, face.getWidthPoint(text, size), size);
    return width - Math.floor(width) < 0.01 ? (int) width : (int) Math.ceil(width);
  }

  @Override
  public FSFontMetrics getFSFontMetrics(ITextFontContext context, ITextFSFont font, String text) {
    check();
    return super.getFSFontMetrics(context, font, text);
  }

  private void check() {
    if (System.nanoTime() - deadline > 0) {
      throw new Expired();
    }
  }
}
