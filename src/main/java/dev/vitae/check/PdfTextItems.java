package dev.vitae.check;

import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * A PDF's text items with PDFBox, made the way pdf.js makes them: glyphs in content-stream order,
 * never sorted by position, one item while the font stays and each glyph follows the one before on
 * its line; a gap wider than a space in the flow, a move back or a shifted baseline starts a new
 * item, a move of more than a line (or back and down half a line) ends the line. The thresholds are
 * pdf.js's own. A right-to-left run, drawn in visual order, is given back in the order written, as
 * pdf.js does.
 *
 * <p>The same pass gives the page's text as PDFBox's stripper writes it, in stream order, and the
 * characters as the PDF maps them (before PDFBox expands ligatures), so a read-back parses each
 * content stream once. Nothing drawn is left out: PDFBox's stripper leaves out a glyph drawn over
 * the same glyph, but pdf.js and Tika (whose PDFBox setting is off by default) do not, so neither
 * does this reading.
 */
public final class PdfTextItems extends PDFTextStripper {

  /** A gap wider than this share of the font size is a space (pdf.js: 0.102). */
  private static final double SPACE = 0.1;

  /** A gap wider than this share of the font size ends the item (pdf.js: 0.6). */
  private static final double NEW_ITEM = 0.6;

  /** A move back further than this share of the font size ends the item (pdf.js: -0.2). */
  private static final double BACK = -0.2;

  /** A baseline that moves more than this share of the font size ends the item (pdf.js: 0.25). */
  private static final double SHIFT = 0.25;

  /**
   * One reading of a PDF's text.
   *
   * @param text as PDFBox's stripper writes it, in content-stream order
   * @param raw every glyph's characters as the PDF maps them, in the order written
   * @param items the text items pdf.js would make; none when only the text was asked for
   */
  public record Reading(String text, String raw, List<TextItem> items) {}

  /** What a reading makes beside the text. */
  public enum Depth {
    /** The text and the raw characters. */
    TEXT,
    /** The text, the raw characters and the text items. */
    ITEMS
  }

  private final Depth depth;
  private final List<TextItem> items = new ArrayList<>();
  private final StringBuilder raw = new StringBuilder();
  private final StringBuilder text = new StringBuilder();
  private @Nullable TextPosition first;
  private @Nullable TextPosition last;

  private PdfTextItems(Depth depth) {
    this.depth = depth;
  }

  /** Every page's items, page after page. */
  public static List<TextItem> of(PDDocument doc) throws IOException {
    return read(doc, Depth.ITEMS).items();
  }

  /** Every page's text, and items if asked, in one pass over the content streams. */
  public static Reading read(PDDocument doc, Depth depth) throws IOException {
    PdfTextItems reader = new PdfTextItems(depth);
    reader.setSortByPosition(false);
    // Text drawn twice over itself (a "fake bold") is read twice, as pdf.js and Tika read it.
    reader.setSuppressDuplicateOverlappingText(false);
    String text = reader.getText(doc);
    return new Reading(text, reader.raw.toString(), List.copyOf(reader.items));
  }

  @Override
  protected void writeString(String string, List<TextPosition> positions) throws IOException {
    positions.forEach(p -> raw.append(p.getUnicode()));
    super.writeString(string, positions);
  }

  @Override
  protected void processTextPosition(TextPosition glyph) {
    if (depth == Depth.ITEMS) {
      collect(glyph);
    }
    super.processTextPosition(glyph);
  }

  private void collect(TextPosition glyph) {
    TextPosition before = last;
    if (before != null) {
      double size = Math.max(before.getFontSizeInPt(), 1);
      double gap = glyph.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
      double rise = Math.abs(glyph.getYDirAdj() - before.getYDirAdj());
      if (gap < BACK * size) {
        flush(rise > 0.5 * size);
      } else if (rise > size) {
        flush(true);
      } else if (!sameFont(glyph, before) || gap > NEW_ITEM * size || rise > SHIFT * size) {
        flush(false);
      } else if (gap > SPACE * size && !endsInSpace()) {
        text.append(' ');
      }
    }
    if (first == null) {
      first = glyph;
    }
    text.append(glyph.getUnicode());
    last = glyph;
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    flush(true);
    super.endPage(page);
  }

  private static boolean sameFont(TextPosition a, TextPosition b) {
    return a.getFontSizeInPt() == b.getFontSizeInPt()
        && (a.getFont().equals(b.getFont())
            || String.valueOf(a.getFont().getName()).equals(b.getFont().getName()));
  }

  private boolean endsInSpace() {
    return !text.isEmpty() && Character.isSpaceChar(text.charAt(text.length() - 1));
  }

  private void flush(boolean endOfLine) {
    TextPosition first = this.first;
    TextPosition last = this.last;
    if (first == null || last == null) {
      return;
    }
    items.add(
        new TextItem(
            logical(text.toString()).replaceAll("[\\s\\u00A0]+", " "),
            getCurrentPageNo(),
            first.getXDirAdj(),
            first.getYDirAdj(),
            last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj(),
            first.getFontSizeInPt(),
            first.getFont().getName() == null ? "" : first.getFont().getName(),
            endOfLine));
    text.setLength(0);
    this.first = null;
    this.last = null;
  }

  /** Glyphs drawn in visual order, put back in the order written when they hold right-to-left. */
  private static String logical(String visual) {
    if (!Bidi.requiresBidi(visual.toCharArray(), 0, visual.length())) {
      return visual;
    }
    Bidi bidi = new Bidi(visual, Bidi.LEVEL_DEFAULT_LTR);
    return bidi.writeReordered(Bidi.DO_MIRRORING);
  }
}
