package dev.vitae.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Lays out XHTML into pages. Fonts are parsed once per engine and shared by every document it lays
 * out; one engine serves one thread.
 */
public final class PdfEngine {

  private final ITextFontResolver fonts = new ITextFontResolver();
  private final XhtmlParser parser = new XhtmlParser();

  public PdfEngine(FontSet fontSet) {
    for (Path file : fontSet.files()) {
      try {
        String path = file.toString();
        // From bytes, so that subsetting reads memory rather than the file one byte at a time.
        BaseFont font = BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
            Files.readAllBytes(file), null);
        font.setSecureRandom(new FixedPrefixRandom(file.getFileName().toString()));
        fonts.addFont(font, path, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (DocumentException e) {
        throw new IllegalStateException("font " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** Lays out an XHTML document; the result knows its page count and can be written once. */
  public LaidOut layout(String xhtml) {
    ITextRenderer renderer = new ITextRenderer(
        ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, fonts);
    renderer.setDocument(parser.parse(xhtml), null);
    renderer.layout();
    return new LaidOut(renderer);
  }
}
