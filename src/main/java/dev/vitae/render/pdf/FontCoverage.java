package dev.vitae.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openpdf.text.pdf.BaseFont;

/**
 * Which registered font draws each character: the text face when it has the glyph, else the first
 * fallback that has it, else none. Flying Saucer draws a run of text in one font only, so vitae
 * decides this per character and marks runs for the fallbacks itself.
 */
public final class FontCoverage {

  /** A fallback font and the CSS family name it is registered under. */
  record Fallback(String family, BaseFont font) {}

  private final BaseFont text;
  private final List<Fallback> fallbacks;

  FontCoverage(BaseFont text, List<Fallback> fallbacks) {
    this.text = text;
    this.fallbacks = List.copyOf(fallbacks);
  }

  /** True when no font is needed (white space, invisible format marks) or the text face has it. */
  boolean inTextFace(int c) {
    return needsNoGlyph(c) || text.charExists(c);
  }

  /** The family of the first fallback that has the character. */
  Optional<String> fallbackFor(int c) {
    return fallbacks.stream().filter(f -> f.font().charExists(c)).map(Fallback::family).findFirst();
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

  /** {@code 中 (U+4E2D), 文 (U+6587)}, at most {@code max} of them. */
  public static String describe(List<Integer> codePoints, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < codePoints.size() && i < max; i++) {
      int c = codePoints.get(i);
      if (i > 0) {
        out.append(", ");
      }
      out.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? "" : Character.toString(c) + " ")
          .append(String.format(Locale.ROOT, "(U+%04X)", c));
    }
    if (codePoints.size() > max) {
      out.append(" and %d more".formatted(codePoints.size() - max));
    }
    return out.toString();
  }

  private static boolean needsNoGlyph(int c) {
    return c == '\n' || c == '\r' || c == '\t' || Character.getType(c) == Character.FORMAT
        || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
  }
}
