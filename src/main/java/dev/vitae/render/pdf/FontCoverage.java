package dev.vitae.render.pdf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;

/**
 * Which registered font draws each character: the text face when it has the glyph, else the first
 * fallback that has it, else none. Flying Saucer draws a run of text in one font only, so vitae
 * decides this per character and marks runs for the fallbacks itself.
 */
public final class FontCoverage {

  /**
   * A fallback font and the CSS family name it is registered under; an on-demand one is parsed (and
   * registered) the first time a character is looked up in it.
   */
  static final class Fallback {
    private final String family;
    private final Supplier<BaseFont> load;
    private @Nullable BaseFont font;

    Fallback(String family, Supplier<BaseFont> load) {
      this.family = family;
      this.load = load;
    }

    String family() {
      return family;
    }

    BaseFont font() {
      if (font == null) {
        font = load.get();
      }
      return font;
    }
  }

  private final IntPredicate text;
  private final List<Fallback> fallbacks;

  FontCoverage(BaseFont text, List<Fallback> fallbacks) {
    this(text::charExists, fallbacks);
  }

  /** With the text face's characters told by {@code text}: the face need not be parsed for it. */
  FontCoverage(IntPredicate text, List<Fallback> fallbacks) {
    this.text = text;
    this.fallbacks = List.copyOf(fallbacks);
  }

  /** True when no font is needed (white space, invisible format marks) or the text face has it. */
  boolean inTextFace(int c) {
    return needsNoGlyph(c) || text.test(c);
  }

  /** The family of the first fallback that has the character. */
  Optional<String> fallbackFor(int c) {
    return fallbacks.stream().filter(f -> f.font().charExists(c)).map(Fallback::family).findFirst();
  }

  /** The families of the fallbacks parsed so far, in order. */
  List<String> parsedFallbacks() {
    return fallbacks.stream().filter(f -> f.font != null).map(Fallback::family).toList();
  }

  /** Whether the fallback registered as {@code family} has the character. */
  boolean has(String family, int c) {
    return fallbacks.stream().anyMatch(f -> f.family().equals(family) && f.font().charExists(c));
  }

  /** True when some registered font draws the character. */
  public boolean covers(int c) {
    return inTextFace(c) || fallbackFor(c).isPresent();
  }

  /** The distinct characters of {@code s} that no font covers, in order of appearance. */
  public List<Integer> uncovered(String s) {
    Set<Integer> out = new LinkedHashSet<>();
    s.codePoints().filter(c -> !covers(c)).forEach(out::add);
    return new ArrayList<>(out);
  }

  /**
   * Scripts whose letters are reordered, stacked or combined by OpenType shaping (Indic scripts,
   * Khmer, Myanmar, Tibetan, Syriac, …). vitae shapes Arabic itself; OpenPDF shapes nothing, so
   * these would be drawn in the wrong order and uncombined even with a font that has them.
   */
  private static final Set<Character.UnicodeScript> NEEDS_SHAPING =
      EnumSet.of(
          Character.UnicodeScript.DEVANAGARI,
          Character.UnicodeScript.BENGALI,
          Character.UnicodeScript.GURMUKHI,
          Character.UnicodeScript.GUJARATI,
          Character.UnicodeScript.ORIYA,
          Character.UnicodeScript.TAMIL,
          Character.UnicodeScript.TELUGU,
          Character.UnicodeScript.KANNADA,
          Character.UnicodeScript.MALAYALAM,
          Character.UnicodeScript.SINHALA,
          Character.UnicodeScript.KHMER,
          Character.UnicodeScript.MYANMAR,
          Character.UnicodeScript.TIBETAN,
          Character.UnicodeScript.SYRIAC,
          Character.UnicodeScript.THAANA,
          Character.UnicodeScript.NKO,
          Character.UnicodeScript.MONGOLIAN,
          Character.UnicodeScript.JAVANESE,
          Character.UnicodeScript.BALINESE,
          Character.UnicodeScript.SUNDANESE,
          Character.UnicodeScript.TAI_THAM,
          Character.UnicodeScript.CHAKMA,
          Character.UnicodeScript.LIMBU,
          Character.UnicodeScript.NEW_TAI_LUE);

  /**
   * The distinct characters of {@code s} in a script vitae cannot shape, in order of appearance.
   */
  public static List<Integer> unshaped(String s) {
    Set<Integer> out = new LinkedHashSet<>();
    s.codePoints()
        .filter(c -> NEEDS_SHAPING.contains(Character.UnicodeScript.of(c)))
        .forEach(out::add);
    return new ArrayList<>(out);
  }

  /** The scripts of these characters, by name: {@code Devanagari, Tamil}. */
  public static String scripts(List<Integer> codePoints) {
    return codePoints.stream()
        .map(Character.UnicodeScript::of)
        .distinct()
        .map(
            script ->
                script.name().charAt(0)
                    + script.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(", "));
  }

  /** {@code 中 (U+4E2D), 文 (U+6587)}, at most {@code max} of them. */
  public static String describe(List<Integer> codePoints, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < codePoints.size() && i < max; i++) {
      int c = codePoints.get(i);
      if (i > 0) {
        out.append(", ");
      }
      out.append(
              Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                  ? ""
                  : Character.toString(c) + " ")
          .append(String.format(Locale.ROOT, "(U+%04X)", c));
    }
    if (codePoints.size() > max) {
      out.append(" and %d more".formatted(codePoints.size() - max));
    }
    return out.toString();
  }

  private static boolean needsNoGlyph(int c) {
    return c == '\n'
        || c == '\r'
        || c == '\t'
        || (Character.getType(c) == Character.FORMAT && !isPrependedConcatenationMark(c))
        || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0100 && c <= 0xE01EF);
  }

  /**
   * Format characters that are drawn: the Arabic number signs (U+0600–U+0605, U+06DD,
   * U+0890–U+0891, U+08E2), the Syriac abbreviation mark and the Kaithi number signs. Found by
   * fuzzing: taken for invisible, a name of only such a sign left its font in the PDF with nothing
   * to map to Unicode.
   */
  private static boolean isPrependedConcatenationMark(int c) {
    return (c >= 0x0600 && c <= 0x0605)
        || c == 0x06DD
        || c == 0x070F
        || c == 0x0890
        || c == 0x0891
        || c == 0x08E2
        || c == 0x110BD
        || c == 0x110CD;
  }
}
