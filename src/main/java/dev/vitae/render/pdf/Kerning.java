package dev.vitae.render.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfTextArray;

/**
 * The kerning of the text faces: how much closer (or farther apart) two letters stand than their
 * advances say, in thousandths of an em. The shipped fonts keep their kerning in the OpenType GPOS
 * table only (they have no legacy {@code kern} table), which OpenPDF's {@link BaseFont#getKerning}
 * does not read: {@link GposPairs} reads it. A face it cannot read, and a pair with a combining
 * mark (which a shaper kerns with the letter after the mark), are laid out by Java's own text
 * layout, which does read it, and each pair is remembered. Flying Saucer measures text with {@link
 * #width} ({@link DeadlineText}) and the PDF draws it with {@link #array} ({@link KernedContent}),
 * so what is laid out is what is drawn.
 */
final class Kerning {

  /** No kerning: right-to-left pages, whose runs a visual-order device reorders after measuring. */
  static final Kerning NONE = new Kerning();

  private static final FontRenderContext FRC =
      new FontRenderContext(new AffineTransform(), false, true);

  /**
   * A text face: its GPOS pairs when {@link GposPairs} reads them, its file for Java's layout, made
   * only when a pair needs it, and its pairs found so far.
   */
  private static final class Face {
    // read when first asked: a build may lay out nothing
    private @Nullable GposPairs table;
    private boolean tableRead;
    private final byte[] bytes;
    private final Map<Integer, Integer> pairs = new ConcurrentHashMap<>();
    private @Nullable Font kerned;
    private @Nullable Font plain;
    private boolean unreadable;

    Face(byte[] bytes) {
      this.bytes = bytes;
    }

    /** Whether the table answers for the pair. */
    boolean inTable(char a, char b) {
      Optional<GposPairs> t = table();
      return t.isPresent() && !mark(a) && !mark(b) && t.get().answers(a, b);
    }

    int fromTable(char a, char b) {
      return table().orElseThrow().thousandths(a, b);
    }

    private synchronized Optional<GposPairs> table() {
      if (!tableRead) {
        table = GposPairs.read(bytes).orElse(null);
        tableRead = true;
      }
      return Optional.ofNullable(table);
    }

    /**
     * Java's face, laid out at 1000 units to the em with kerning on; null when it cannot read it.
     */
    synchronized @Nullable Font kerned() {
      if (kerned == null && !unreadable) {
        try {
          Font awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
          plain = awt.deriveFont(1000f);
          kerned = plain.deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON));
        } catch (FontFormatException | IOException e) {
          unreadable = true; // set without Java's kerning, as a face it cannot read always was
        }
      }
      return kerned;
    }

    /** The same face with kerning off; call {@link #kerned} first. */
    synchronized Font plain() {
      return Objects.requireNonNull(plain, "made with the kerned face");
    }
  }

  private static boolean mark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private final IdentityHashMap<BaseFont, Face> faces = new IdentityHashMap<>();

  /** Kerns the text faces added to it. */
  Kerning() {}

  /** Kerns {@code font} as its file {@code bytes} say. */
  void add(BaseFont font, byte[] bytes) {
    faces.put(font, new Face(bytes));
  }

  /** The sum of the text's kerning, in thousandths of an em (0 for a face it does not kern). */
  int units(BaseFont font, String text) {
    Face face = faces.get(font);
    if (face == null) {
      return 0;
    }
    learn(face, text);
    int sum = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      sum += pair(face, text.charAt(i), text.charAt(i + 1));
    }
    return sum;
  }

  /**
   * The text as a {@code TJ} array with the kerning between its letters, or null when no two of
   * them kern.
   */
  @Nullable PdfTextArray array(BaseFont font, String text) {
    Face face = faces.get(font);
    if (face == null || text.length() < 2) {
      return null;
    }
    learn(face, text);
    PdfTextArray out = null;
    int from = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      int k = pair(face, text.charAt(i), text.charAt(i + 1));
      if (k != 0) {
        out = out == null ? new PdfTextArray() : out;
        out.add(text.substring(from, i + 1));
        out.add(-k); // a TJ number moves the next glyph left by that many thousandths
        from = i + 1;
      }
    }
    if (out != null) {
      out.add(text.substring(from));
    }
    return out;
  }

  /** Text drawn by Flying Saucer's measure plus its kerning, in the same units as {@code width}. */
  float width(BaseFont font, String text, float width, float size) {
    int k = units(font, text);
    return k == 0 ? width : width + k * size / 1000f;
  }

  private static boolean kerns(char a, char b) {
    return !(Character.isWhitespace(a)
        || Character.isWhitespace(b)
        || Character.isSurrogate(a)
        || Character.isSurrogate(b)
        || a == '\u00A0'
        || b == '\u00A0');
  }

  private static int pair(Face face, char a, char b) {
    if (!kerns(a, b)) {
      return 0;
    }
    return face.pairs.computeIfAbsent(
        (a << 16) | b, key -> face.inTable(a, b) ? face.fromTable(a, b) : laidOut(face, a, b));
  }

  /**
   * Learns the pairs of a text not known yet from one layout of the whole text (far cheaper than
   * one per pair): the kerning of a pair does not depend on its neighbours. A text whose glyphs are
   * not one per character, in order, is left to {@link #pair}, pair by pair.
   */
  private static void learn(Face face, String text) {
    boolean unknown = false;
    for (int i = 0; i + 1 < text.length() && !unknown; i++) {
      char a = text.charAt(i);
      char b = text.charAt(i + 1);
      unknown = kerns(a, b) && !face.inTable(a, b) && !face.pairs.containsKey((a << 16) | b);
    }
    Font kernedFace = unknown ? face.kerned() : null;
    if (kernedFace == null) {
      return;
    }
    char[] chars = text.toCharArray();
    GlyphVector kerned =
        kernedFace.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
    GlyphVector plain = face.plain().createGlyphVector(FRC, chars);
    if (kerned.getNumGlyphs() != chars.length || plain.getNumGlyphs() != chars.length) {
      return;
    }
    for (int i = 0; i < chars.length; i++) {
      if (kerned.getGlyphCharIndex(i) != i) {
        return;
      }
    }
    for (int i = 0; i + 1 < chars.length; i++) {
      if (kerns(chars[i], chars[i + 1])) {
        double kernedAdvance =
            kerned.getGlyphPosition(i + 1).getX() - kerned.getGlyphPosition(i).getX();
        double plainAdvance =
            plain.getGlyphPosition(i + 1).getX() - plain.getGlyphPosition(i).getX();
        face.pairs.putIfAbsent(
            (chars[i] << 16) | chars[i + 1], (int) Math.round(kernedAdvance - plainAdvance));
      }
    }
  }

  /** How far Java's layout, kerning on, puts the second letter from where its advance would. */
  private static int laidOut(Face face, char a, char b) {
    Font kernedFace = face.kerned();
    if (kernedFace == null) {
      return 0;
    }
    char[] two = {a, b};
    GlyphVector kerned = kernedFace.layoutGlyphVector(FRC, two, 0, 2, Font.LAYOUT_LEFT_TO_RIGHT);
    GlyphVector plain = face.plain().createGlyphVector(FRC, two);
    if (kerned.getNumGlyphs() != 2 || plain.getNumGlyphs() != 2) {
      return 0; // the pair became one glyph or more than two: leave it as it is
    }
    double shift = kerned.getGlyphPosition(1).getX() - plain.getGlyphPosition(1).getX();
    return (int) Math.round(shift);
  }
}
