package dev.vitae;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * How full each page of a PDF is: how far down its content area the lowest painted mark (a glyph, a
 * rule, a box's border) stands, as a share of the area's height, 0 for an empty page. The page is
 * rendered at one pixel a point; running headers and footers stand in the margins and are not
 * counted.
 *
 * @param fills each page's fill (index 0 is page 1)
 */
public record PageFill(List<Double> fills) {

  /** A pixel darker than this in any channel is paint; a diagram box's tint is lighter. */
  private static final int PAPER = 235;

  private static final double MM = 72 / 25.4;

  /** Reads a PDF whose pages have margins of {@code topMm} and {@code bottomMm} millimetres. */
  public static PageFill of(byte[] pdf, double topMm, double bottomMm) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      List<Double> fills = new ArrayList<>();
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        BufferedImage page = renderer.renderImage(p, 1f, ImageType.RGB);
        int top = (int) Math.round(topMm * MM);
        int bottom = page.getHeight() - (int) Math.round(bottomMm * MM);
        int lowest = top;
        for (int y = top; y < bottom; y++) {
          if (painted(page, y)) {
            lowest = y + 1;
          }
        }
        fills.add((lowest - top) / (double) (bottom - top));
      }
      return new PageFill(List.copyOf(fills));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean painted(BufferedImage page, int y) {
    for (int x = 0; x < page.getWidth(); x++) {
      int rgb = page.getRGB(x, y);
      if (((rgb >> 16) & 255) < PAPER || ((rgb >> 8) & 255) < PAPER || (rgb & 255) < PAPER) {
        return true;
      }
    }
    return false;
  }

  /** Page {@code n}'s fill (1-based). */
  public double page(int n) {
    return fills.get(n - 1);
  }
}
