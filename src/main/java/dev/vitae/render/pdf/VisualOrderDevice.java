package dev.vitae.render.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * Draws each line that holds right-to-left text in visual order. Flying Saucer breaks lines in
 * logical order (which is right) and places their pieces left to right (which is not): here the
 * Unicode bidirectional algorithm orders each line's characters, reverses right-to-left runs
 * (mirroring brackets, keeping marks on their letters) and draws every piece, in its own font and
 * colour, where it belongs. The line keeps the place and width Flying Saucer gave it.
 */
final class VisualOrderDevice extends LogicalOrderDevice {

  /** A piece of a line as drawn: text in visual order, at x, in the font and colour of its box. */
  private record Piece(String text, float x) {}

  private final IdentityHashMap<LineBox, IdentityHashMap<InlineText, List<Piece>>> lines =
      new IdentityHashMap<>();

  VisualOrderDevice(float dotsPerPoint, boolean mirroredRows) {
    super(dotsPerPoint, mirroredRows, Kerning.NONE);
  }

  @Override
  protected void drawInPlace(RenderingContext c, InlineText text) {
    LineBox line = box(text).getLineBox();
    @Nullable List<Piece> pieces =
        line == null ? null : lines.computeIfAbsent(line, l -> plan(c, l)).get(text);
    if (pieces == null) {
      super.drawInPlace(c, text);
      return;
    }
    InlineLayoutBox box = box(text);
    CalculatedStyle style = style(box);
    ITextFSFont font = (ITextFSFont) style.getFSFont(c);
    setColor(Objects.requireNonNull(style.getColor(), "a laid-out text has a colour"));
    setFont(font);
    setFontSpecification(
        Objects.requireNonNull(style.getFontSpecification(), "a laid-out text has a font"));
    for (Piece p : pieces) {
      draw(p.text(), p.x(), box.getAbsY() + box.getBaseline(), font);
    }
  }

  /**
   * Draws a piece; a mark without width (an Arabic vowel sign, Hebrew point) is centred over the
   * letter before it, where OpenType positioning (which OpenPDF does not apply) would put it.
   */
  private void draw(String s, float x, float y, ITextFSFont font) {
    BaseFont face = font.getFontDescription().getFont();
    float size = font.getSize2D();
    StringBuilder run = new StringBuilder();
    float runX = x;
    float pen = x;
    float baseX = x;
    float baseWidth = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.FORMAT && !face.charExists(cp)) {
        // An invisible mark the font has no glyph for (a joiner, a direction mark) is not drawn: a
        // piece of only such marks once left its font in the PDF with nothing mapped to Unicode.
        continue;
      }
      if (Character.getType(cp) == Character.NON_SPACING_MARK && face.getWidth(cp) == 0) {
        drawRun(run, runX, y);
        int[] box = face.getCharBBox(cp);
        float centre = box == null ? 0 : (box[0] + box[2]) / 2f * size / 1000f;
        drawString(Character.toString(cp), baseX + baseWidth / 2 - centre, y, null);
        runX = pen;
      } else {
        baseX = pen;
        baseWidth = face.getWidthPoint(cp, size);
        run.appendCodePoint(cp);
        pen += baseWidth;
      }
    }
    drawRun(run, runX, y);
  }

  private void drawRun(StringBuilder run, float x, float y) {
    if (!run.isEmpty()) {
      drawString(run.toString(), x, y, null);
      run.setLength(0);
    }
  }

  /** Where each piece of text of a line goes; empty when the line is all left to right. */
  private static IdentityHashMap<InlineText, List<Piece>> plan(RenderingContext c, LineBox line) {
    List<InlineText> texts = new ArrayList<>();
    collect(line, texts);
    StringBuilder logical = new StringBuilder();
    for (InlineText t : texts) {
      logical.append(t.getSubstring());
    }
    if (texts.isEmpty() || !RightToLeft.hasRightToLeft(logical.toString())) {
      return new IdentityHashMap<>();
    }
    int[] starts = new int[texts.size() + 1];
    float left = Float.MAX_VALUE;
    for (int i = 0; i < texts.size(); i++) {
      InlineText t = texts.get(i);
      starts[i + 1] = starts[i] + t.getSubstring().length();
      if (t.getWidth() > 0) { // a box holding only invisible marks is not placed where the line is
        left = Math.min(left, box(t).getAbsX() + t.getX());
      }
    }
    left = left == Float.MAX_VALUE ? line.getAbsX() : left;
    Bidi bidi = new Bidi();
    bidi.setPara(logical.toString(), rightToLeft(line) ? Bidi.RTL : Bidi.LTR, null);
    IdentityHashMap<InlineText, List<Piece>> plan = new IdentityHashMap<>();
    float[] gaps = gaps(texts);
    float x = left;
    int lastFrom = -1;
    int lastTo = -1;
    for (int r = 0; r < bidi.countRuns(); r++) {
      BidiRun run = bidi.getVisualRun(r);
      boolean reversed = run.isOddRun();
      for (int k = 0; k < texts.size(); k++) {
        int i = reversed ? texts.size() - 1 - k : k;
        int from = Math.max(run.getStart(), starts[i]);
        int to = Math.min(run.getLimit(), starts[i + 1]);
        if (from >= to) {
          continue;
        }
        // The space Flying Saucer left between two boxes (a separator's padding) stays between
        // them.
        if (!reversed && from == lastTo && from == starts[i]) {
          x += gaps[i];
        } else if (reversed && to == lastFrom && to == starts[i + 1]) {
          x += gaps[i + 1];
        }
        lastFrom = from;
        lastTo = to;
        InlineText t = texts.get(i);
        String s = logical.substring(from, to);
        String shown =
            reversed ? Bidi.writeReverse(s, Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING) : s;
        plan.computeIfAbsent(t, key -> new ArrayList<>()).add(new Piece(shown, x));
        x += share(c, t, s, from == starts[i] && to == starts[i + 1]);
      }
    }
    return plan;
  }

  /**
   * For each text of a line, the room Flying Saucer left between it and the text before it: the
   * padding, border and margin of the boxes that end and start there.
   */
  private static float[] gaps(List<InlineText> texts) {
    float[] out = new float[texts.size() + 1];
    for (int i = 1; i < texts.size(); i++) {
      InlineText before = texts.get(i - 1);
      InlineText t = texts.get(i);
      float end = box(before).getAbsX() + before.getX() + before.getWidth();
      out[i] = Math.max(0, box(t).getAbsX() + t.getX() - end);
    }
    return out;
  }

  /** A piece's part of its box's laid-out width, in proportion to their measured widths. */
  private static float share(RenderingContext c, InlineText t, String piece, boolean whole) {
    if (whole) {
      return t.getWidth();
    }
    float all = width(c, t, t.getSubstring());
    return all <= 0 ? 0 : t.getWidth() * width(c, t, piece) / all;
  }

  /** The box a laid-out text sits in. */
  private static InlineLayoutBox box(InlineText t) {
    return Objects.requireNonNull(t.getParent(), "laid out");
  }

  private static CalculatedStyle style(InlineLayoutBox box) {
    return Objects.requireNonNull(box.getStyle(), "laid out");
  }

  /** Measured as Flying Saucer measures. */
  private static float width(RenderingContext c, InlineText t, String s) {
    ITextFSFont font = (ITextFSFont) style(box(t)).getFSFont(c);
    return font.getFontDescription().getFont().getWidthPoint(s, font.getSize2D());
  }

  /** The line's text, in logical order, across every inline box of the line. */
  private static void collect(Box box, List<InlineText> out) {
    if (box instanceof InlineLayoutBox inline) {
      for (Object child : inline.getInlineChildren()) {
        if (child instanceof InlineText t && !t.getSubstring().isEmpty()) {
          out.add(t);
        } else if (child instanceof Box b) {
          collect(b, out);
        }
      }
    } else if (box instanceof LineBox) {
      for (Box child : box.getChildren()) {
        collect(child, out);
      }
    }
  }

  /**
   * The base direction of the line's block: the nearest {@code dir} attribute, else left to right.
   */
  private static boolean rightToLeft(LineBox line) {
    Box b = line.getParent();
    while (b != null && b.getElement() == null) {
      b = b.getParent();
    }
    for (Node n = b == null ? null : b.getElement();
        n instanceof Element e;
        n = e.getParentNode()) {
      if (e.hasAttribute("dir")) {
        return e.getAttribute("dir").equals("rtl");
      }
    }
    return false;
  }
}
