package dev.vitae.preview;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders every page of a PDF to a PNG image. */
public final class PngPages {

  private PngPages() {}

  /** One PNG per page, in page order, at {@code dpi} dots per inch (RGB, white paper). */
  public static List<byte[]> render(byte[] pdf, int dpi) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      List<byte[]> pages = new ArrayList<>();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        pages.add(out.toByteArray());
      }
      return List.copyOf(pages);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the PDF to PNG", e);
    }
  }
}
