package dev.vitae.render.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PdfContentByte;
import org.xhtmlrenderer.layout.Layer;
import org.xhtmlrenderer.newtable.TableRowBox;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.JustificationInfo;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * Writes each line's text into the content stream in the order it is read. Flying Saucer paints a
 * line box by box ({@code BoxCollector} lists the line's inline boxes depth first, and each {@code
 * InlineLayoutBox.paintInline} draws only its own texts), so the words of a nested element such as
 * {@code <strong>} or a {@code <span>} came after the rest of their line, and readers that take
 * text in stream order (pdf.js, Tika, PDFBox's default) read {@code "Implemented -based
 * caching.Redis"}. Here a line's texts are held back until the last of them is painted, then drawn
 * in document order, each as Flying Saucer would have drawn it (same place, font and colour), on
 * top of the backgrounds and borders its boxes painted meanwhile. Whatever a page has not completed
 * is drawn when the page ends, so no text is ever lost.
 *
 * <p>On a page that starts on the right, {@link MirroredRows} put each table row's cells in reverse
 * order, so that Flying Saucer places the first on the right; it then paints them in that reversed
 * order, and a reader took a bullet's mark after its text and an entry's dates before its title.
 * There the unit held back is the row: all lines of its cells, drawn cell by cell in the order they
 * are read, first cell first.
 */
class LogicalOrderDevice extends ITextOutputDevice {

  /** A line being painted: its texts in reading order, and those Flying Saucer has asked for. */
  private record Pending(RenderingContext context, List<InlineText> texts, Set<InlineText> asked) {

    boolean complete() {
      return asked.size() == texts.size();
    }
  }

  /** Lines and mirrored table rows being painted. */
  private final Map<Box, Pending> pending = new LinkedHashMap<>();

  /** Whether {@link MirroredRows} reversed the page's table cells: only then are rows held back. */
  private final boolean mirroredRows;

  /** The kerning every page's texts are written with ({@link KernedContent}). */
  private final Kerning kerning;

  LogicalOrderDevice(float dotsPerPoint, boolean mirroredRows, Kerning kerning) {
    super(dotsPerPoint);
    this.mirroredRows = mirroredRows;
    this.kerning = kerning;
  }

  @Override
  public void initializePage(PdfContentByte page, float height) {
    super.initializePage(kerning == Kerning.NONE ? page : new KernedContent(page, kerning), height);
  }

  @Override
  public final void drawText(RenderingContext c, InlineText text) {
    LineBox line = Objects.requireNonNull(text.getParent(), "laid out").getLineBox();
    if (line == null) {
      drawInPlace(c, text);
      return;
    }
    @Nullable TableRowBox row = mirroredRow(line);
    Box unit = row == null ? line : row;
    Pending p =
        pending.computeIfAbsent(
            unit,
            u ->
                new Pending(
                    c,
                    row == null ? painted(line) : painted(row),
                    Collections.newSetFromMap(new IdentityHashMap<>())));
    if (!p.texts().contains(text)) {
      drawInPlace(c, text);
      return;
    }
    p.asked().add(text);
    if (p.complete()) {
      pending.remove(unit);
      draw(p);
    }
  }

  @Override
  public void finishPage() {
    for (Pending p : pending.values()) {
      draw(p);
    }
    pending.clear();
    super.finishPage();
  }

  private void draw(Pending p) {
    for (InlineText t : p.texts()) {
      if (p.asked().contains(t)) {
        drawInPlace(p.context(), t);
      }
    }
  }

  /**
   * A no-break space is written as a space. The shipped fonts draw both with one glyph, which a
   * PDF's Unicode map names once: when a no-break space came first (a contact line's separator, a
   * bullet's indent), every space of the page read back as U+00A0, which many readers do not take
   * for a space. The no-break space has done its work in the layout by then.
   */
  @Override
  public void drawString(String s, float x, float y, @Nullable JustificationInfo info) {
    super.drawString(s.replace('\u00A0', ' '), x, y, info);
  }

  /** Draws one text where Flying Saucer placed it. */
  protected void drawInPlace(RenderingContext c, InlineText text) {
    super.drawText(c, text);
  }

  /**
   * The texts Flying Saucer will paint for a line, in document order: those of its inline boxes in
   * the line's own layer (a positioned box paints with its layer, later) that are visible.
   */
  private static List<InlineText> painted(LineBox line) {
    List<InlineText> out = new ArrayList<>();
    Layer layer = line.getContainingLayer();
    for (Box child : line.getChildren()) {
      collect(child, layer, out);
    }
    return out;
  }

  /**
   * The texts of a mirrored row, its cells taken in the order they are read (reversed back), and so
   * the cells of every row inside them: a dossier entry's bullets, each a row of its own, stand in
   * the cell after its dates, under its title.
   */
  private static List<InlineText> painted(TableRowBox row) {
    List<InlineText> out = new ArrayList<>();
    for (Box cell : row.getChildren().reversed()) {
      lines(cell, out);
    }
    return out;
  }

  private static void lines(Box box, List<InlineText> out) {
    if (box instanceof LineBox line) {
      out.addAll(painted(line));
    } else if (box instanceof TableRowBox row) {
      out.addAll(painted(row));
    } else {
      for (Box child : box.getChildren()) {
        lines(child, out);
      }
    }
  }

  /** The outermost table row a line sits in, when the page's rows are mirrored; else null. */
  private @Nullable TableRowBox mirroredRow(LineBox line) {
    if (!mirroredRows) {
      return null;
    }
    TableRowBox outermost = null;
    for (Box b = line.getParent(); b != null; b = b.getParent()) {
      if (b instanceof TableRowBox row) {
        outermost = row;
      }
    }
    return outermost;
  }

  private static void collect(Box box, @Nullable Layer layer, List<InlineText> out) {
    if (!(box instanceof InlineLayoutBox inline)
        || inline.getContainingLayer() != layer
        || !Objects.requireNonNull(inline.getStyle(), "laid out").isVisible()) {
      return;
    }
    for (Object child : inline.getInlineChildren()) {
      if (child instanceof InlineText t) {
        out.add(t);
      } else if (child instanceof Box b) {
        collect(b, layer, out);
      }
    }
  }
}
