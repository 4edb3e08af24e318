package dev.vitae.render.pdf;

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

  /**
   * @param deadline in {@link System#nanoTime()} units
   */
  DeadlineText(long deadline) {
    this.deadline = deadline;
  }

  @Override
  public int getWidth(ITextFontContext context, ITextFSFont font, String text) {
    check();
    return super.getWidth(context, font, text);
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
