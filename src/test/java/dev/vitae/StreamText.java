package dev.vitae;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text as readers that do not sort by position take it (pdf.js, Tika, PDFBox's default):
 * glyphs in content-stream order, and the items they form when glyphs closer than one average
 * character width are merged, as résumé parsers merge pdf.js items.
 *
 * @param pages each page's text in stream order, as PDFBox writes it with {@code
 *     setSortByPosition(false)}
 * @param items each page's items, in stream order
 */
public record StreamText(List<String> pages, List<List<Item>> items) {

  /**
   * Glyphs on one baseline, each closer to the one before than one average character width.
   *
   * @param x left edge, in points
   * @param y baseline, in points from the top
   * @param font the font's PostScript name (a subset prefix and all)
   */
  public record Item(String text, float x, float y, float end, float size, String font) {

    public boolean bold() {
      return font.contains("Bold");
    }
  }

  public static StreamText of(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      List<List<Item>> items = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void processTextPosition(TextPosition text) {
                super.processTextPosition(text);
                glyphs.add(text);
              }
            };
        stripper.setSortByPosition(false);
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
        items.add(items(glyphs));
      }
      return new StreamText(List.copyOf(pages), List.copyOf(items));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole document in stream order, every run of white space one space. */
  public String flat() {
    return flat(String.join(" ", pages));
  }

  public static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** Every item of every page, spaces at their ends dropped. */
  public List<String> itemTexts() {
    return items.stream()
        .flatMap(List::stream)
        .map(i -> i.text().replace('\u00A0', ' ').strip())
        .toList();
  }

  private static List<Item> items(List<TextPosition> glyphs) {
    float width = 0;
    int count = 0;
    for (TextPosition g : glyphs) {
      if (!g.getUnicode().isBlank()) {
        width += g.getWidthDirAdj();
        count++;
      }
    }
    float average = count == 0 ? 0 : width / count;
    List<Item> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    TextPosition first = null;
    TextPosition last = null;
    for (TextPosition g : glyphs) {
      if (last != null) {
        float gap = g.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
        boolean sameLine = Math.abs(g.getYDirAdj() - last.getYDirAdj()) < 0.5f;
        if (!sameLine || gap > average || gap < -average) {
          out.add(item(text, first, last));
          text.setLength(0);
          first = null;
        }
      }
      first = first == null ? g : first;
      text.append(g.getUnicode());
      last = g;
    }
    if (first != null) {
      out.add(item(text, first, last));
    }
    return List.copyOf(out);
  }

  private static Item item(CharSequence text, TextPosition first, TextPosition last) {
    return new Item(
        text.toString(),
        first.getXDirAdj(),
        first.getYDirAdj(),
        last.getXDirAdj() + last.getWidthDirAdj(),
        first.getFontSizeInPt(),
        first.getFont().getName());
  }
}
