package dev.vitae.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kerning read from the GPOS table is the kerning Java's shaper (HarfBuzz) sets, pair for pair,
 * for every shipped text face and every pair of the Latin, Greek and Cyrillic letters, digits and
 * punctuation a résumé is written in.
 */
class GposPairsTest {

  private static final FontRenderContext FRC =
      new FontRenderContext(new AffineTransform(), false, true);

  private static final List<Character.UnicodeScript> SCRIPTS =
      List.of(
          Character.UnicodeScript.LATIN,
          Character.UnicodeScript.GREEK,
          Character.UnicodeScript.CYRILLIC);

  /**
   * Characters the shaper sets by more than their pairs, which the table's pairs do not say: the
   * middle dot of Catalan l·l (a contextual rule: −262 between L and · in L·L, −58 as a pair), the
   * ordinal indicators after punctuation and Ѐ after quotation marks (Java's shaper kerns neither,
   * the table does). These 15 of the more than 100,000 pairs compared are set as the table says,
   * and measured and drawn alike.
   */
  private static final String BEYOND_PAIRS = "\u00B7\u00AA\u00BA\u0400";

  /** Where the shaper set another glyph than the font's for the character. */
  private static final int SUBSTITUTED = Integer.MIN_VALUE;

  /** The shipped text faces. */
  static List<String> textFaces() {
    return List.of(
        "SourceSans3-Regular.ttf",
        "SourceSans3-Bold.ttf",
        "SourceSans3-It.ttf",
        "SourceSerif4-Regular.ttf",
        "SourceSerif4-Bold.ttf",
        "SourceSerif4-It.ttf");
  }

  /** Every shipped face. */
  static List<String> faces() {
    List<String> all = new ArrayList<>(textFaces());
    all.addAll(
        List.of(
            "NotoSansHebrew-Regular.ttf",
            "NotoSansArabic-Bold.ttf",
            "NotoEmoji-Regular.ttf",
            "DroidSansFallback.ttf"));
    return all;
  }

  @ParameterizedTest
  @MethodSource("textFaces")
  void everyPairIsKernedAsJavasShaperKernsIt(String file) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("fonts", file));
    GposPairs table = GposPairs.read(bytes).orElseThrow();
    Font plain =
        Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)).deriveFont(1000f);
    Font kerned = plain.deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON));

    List<String> differ = new ArrayList<>();
    int compared = 0;
    int kernedPairs = 0;
    for (Character.UnicodeScript script : SCRIPTS) {
      char[] letters = letters(plain, script);
      for (char a : letters) {
        char[] text = pairsOf(a, letters);
        int[] shaped = shifts(kerned, plain, text);
        for (int i = 0; i + 1 < text.length; i++) {
          if (shaped[i] == SUBSTITUTED
              || (script != SCRIPTS.get(0) && common(text, i))
              || BEYOND_PAIRS.indexOf(text[i]) >= 0
              || BEYOND_PAIRS.indexOf(text[i + 1]) >= 0) {
            continue; // a glyph the PDF does not draw; digits and punctuation are set as Latin
          }
          int read = table.thousandths(text[i], text[i + 1]);
          compared++;
          kernedPairs += shaped[i] != 0 ? 1 : 0;
          if (read != shaped[i] && differ.size() < 20) {
            differ.add(
                "%c%c (U+%04X U+%04X): shaper %d, table %d"
                    .formatted(
                        text[i], text[i + 1], (int) text[i], (int) text[i + 1], shaped[i], read));
          }
        }
      }
    }
    assertThat(differ).as(file).isEmpty();
    assertThat(compared).isGreaterThan(100_000);
    assertThat(kernedPairs).as("pairs the face kerns").isGreaterThan(1000);
    assertThat(table.thousandths('A', 'V')).isNegative();
    assertThat(table.thousandths('A', 'Α')).as("Latin beside Greek: two runs").isZero();
  }

  /** a b1 a b2 a b3 … a: every pair of {@code a} with each letter, both ways, in one text. */
  private static char[] pairsOf(char a, char[] letters) {
    char[] text = new char[letters.length * 2 + 1];
    for (int i = 0; i < letters.length; i++) {
      text[2 * i] = a;
      text[2 * i + 1] = letters[i];
    }
    text[text.length - 1] = a;
    return text;
  }

  private static boolean common(char[] text, int i) {
    return Character.UnicodeScript.of(text[i]) == Character.UnicodeScript.COMMON
        && Character.UnicodeScript.of(text[i + 1]) == Character.UnicodeScript.COMMON;
  }

  @ParameterizedTest
  @MethodSource("faces")
  void everyCharacterHasTheGlyphFontBoxReadsForIt(String file) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("fonts", file));
    assertThat(GposPairs.read(bytes).isPresent() || !file.startsWith("Source")).isTrue();
    GposPairs.read(bytes)
        .ifPresent(
            table -> {
              try (var font =
                  new org.apache.fontbox.ttf.TTFParser()
                      .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(bytes))) {
                var cmap = font.getUnicodeCmapLookup();
                for (char c = 0; c < 0xFFFF; c++) {
                  assertThat(table.glyph(c)).as("U+%04X", (int) c).isEqualTo(cmap.getGlyphId(c));
                }
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 12, 100, 5000})
  void aDamagedFontIsNotReadNotThrown(int length) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("fonts", "SourceSans3-Regular.ttf"));
    byte[] cut = Arrays.copyOf(bytes, length);
    assertThat(GposPairs.read(cut)).isEmpty();
    byte[] noise = bytes.clone();
    for (int i = 12; i < noise.length; i += 7) {
      noise[i] = (byte) (noise[i] * 31 + length);
    }
    GposPairs.read(noise).ifPresent(t -> t.thousandths('A', 'V'));
  }

  /** The letters of a script the face has a glyph for, with digits and punctuation. */
  private static char[] letters(Font font, Character.UnicodeScript script) {
    StringBuilder out = new StringBuilder();
    int[][] ranges = {
      {0x21, 0x7E},
      {0xA1, 0xAC},
      {0xAE, 0x17F},
      {0x391, 0x3C9},
      {0x400, 0x45F},
      {0x2010, 0x2027},
      {0x2030, 0x203A},
      {0x20AC, 0x20AC},
      {0x2122, 0x2122}
    };
    for (int[] range : ranges) {
      for (int c = range[0]; c <= range[1]; c++) {
        Character.UnicodeScript own = Character.UnicodeScript.of(c);
        if (font.canDisplay(c)
            && !Character.isWhitespace(c)
            && (own == script || own == Character.UnicodeScript.COMMON)) {
          out.append((char) c);
        }
      }
    }
    return out.toString().toCharArray();
  }

  /**
   * How far the shaper puts each letter's successor from where the letter's advance would; {@link
   * #SUBSTITUTED} where it set another glyph for either (Source's Catalan middle dot in l·l).
   */
  private static int[] shifts(Font kerned, Font plain, char[] text) {
    GlyphVector k = kerned.layoutGlyphVector(FRC, text, 0, text.length, Font.LAYOUT_LEFT_TO_RIGHT);
    GlyphVector p = plain.createGlyphVector(FRC, text);
    int[] out = new int[text.length - 1];
    if (k.getNumGlyphs() != text.length) { // a ligature: each pair by itself
      for (int i = 0; i + 1 < text.length; i++) {
        char[] two = {text[i], text[i + 1]};
        out[i] =
            kerned.layoutGlyphVector(FRC, two, 0, 2, Font.LAYOUT_LEFT_TO_RIGHT).getNumGlyphs() == 2
                ? shifts(kerned, plain, two)[0]
                : SUBSTITUTED;
      }
      return out;
    }
    for (int i = 0; i + 1 < text.length; i++) {
      assertThat(k.getGlyphCharIndex(i)).isEqualTo(i);
      if (k.getGlyphCode(i) != p.getGlyphCode(i)
          || k.getGlyphCode(i + 1) != p.getGlyphCode(i + 1)) {
        out[i] = SUBSTITUTED;
        continue;
      }
      double shaped = k.getGlyphPosition(i + 1).getX() - k.getGlyphPosition(i).getX();
      double advance = p.getGlyphPosition(i + 1).getX() - p.getGlyphPosition(i).getX();
      out[i] = (int) Math.round(shaped - advance);
    }
    return out;
  }
}
