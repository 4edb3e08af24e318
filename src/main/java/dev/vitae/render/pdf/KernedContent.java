package dev.vitae.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTextArray;

/**
 * A page's content stream that writes each text with its kerning: Flying Saucer's output device
 * draws every text with {@code showText(String)}, which sets the letters at their bare advances (a
 * {@code Tj}); here a text whose letters kern is written as a {@code TJ} array instead, the same
 * characters in the same order, with the kerning between them. It writes into the buffer of the
 * page's own content stream, so everything else drawn on the page keeps its place in the stream.
 */
final class KernedContent extends PdfContentByte {

  private final Kerning kerning;

  /** The font set, as the graphics state has it ({@code q} saves it, {@code Q} restores it). */
  private @Nullable BaseFont font;

  private final Deque<Optional<BaseFont>> saved = new ArrayDeque<>();

  KernedContent(PdfContentByte page, Kerning kerning) {
    super(page.getPdfWriter());
    this.content = page.getInternalBuffer();
    this.kerning = kerning;
  }

  @Override
  public void setFontAndSize(BaseFont bf, float size) {
    super.setFontAndSize(bf, size);
    font = bf;
  }

  @Override
  public void saveState() {
    super.saveState();
    saved.push(Optional.ofNullable(font));
  }

  @Override
  public void restoreState() {
    super.restoreState();
    font = saved.isEmpty() ? null : saved.pop().orElse(null);
  }

  @Override
  public void showText(String text) {
    BaseFont f = font;
    PdfTextArray kerned = f == null ? null : kerning.array(f, text);
    if (kerned == null) {
      super.showText(text);
    } else {
      super.showText(kerned);
    }
  }
}
