package dev.vitae.check;

import dev.vitae.model.Direction;
import java.text.Normalizer;
import java.util.List;

/** How read-back text is compared with the text it was made from. */
final class ReadText {

  private ReadText() {}

  /**
   * What the comparison leaves out. White space, and marks that have no glyph and so never reach
   * the text layer: format characters (zero-width joiner, soft hyphen, word joiner, direction
   * marks) and variation selectors. Combining marks that compose with no letter (after Unicode
   * normalisation) too: each reader attaches a mark drawn over a letter where it guesses, before or
   * after it. (A loop rather than a regular expression: the read-back of every build runs it over
   * each character of the page.)
   */
  static boolean leftOut(int c) {
    return switch (c) {
      case ' ', '\t', '\n', 0x0B, '\f', '\r' -> true;
      default ->
          switch (Character.getType(c)) {
            case Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
          };
    };
  }

  /**
   * NFKC, and the hyphens U+2010 and U+2011 (NFKC makes the second the first) as '-', which the PDF
   * engine draws them as; what {@link #leftOut} names taken out.
   */
  static String squash(String s) {
    String normalized = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(normalized.length());
    normalized
        .codePoints()
        .filter(c -> !leftOut(c))
        .forEach(c -> b.appendCodePoint(c == '\u2010' ? '-' : c));
    return b.toString();
  }

  /**
   * The letters and digits of {@code s} without their marks: a reader may put a mark on a letter
   * that composes with it (ي and a hamza drawn after it read back as ئ).
   */
  static String baseLetters(String s) {
    if (s.length() == 1 && s.charAt(0) < 0x80) { // NFKD leaves ASCII as it is
      return isLetterOrDigit(s.charAt(0)) ? s : "";
    }
    StringBuilder b = new StringBuilder();
    Normalizer.normalize(s, Normalizer.Form.NFKD)
        .chars()
        .filter(c -> isLetterOrDigit((char) c))
        .forEach(c -> b.append((char) c));
    return b.toString();
  }

  static boolean isLetterOrDigit(char c) {
    return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
  }

  static boolean rightToLeft(String s) {
    return Direction.anyRightToLeft(s);
  }

  /**
   * Whether a field was read as written: the same text after normalisation; for text with
   * right-to-left letters, the same letters and digits, in any order (each reader guesses the
   * written order of a mixed line back its own way).
   */
  static boolean same(String expected, String found) {
    if (rightToLeft(expected) || rightToLeft(found)) {
      return sorted(baseLetters(expected)).equals(sorted(baseLetters(found)));
    }
    return squash(expected).equals(squash(found));
  }

  /**
   * {@code text} when it stands whole in {@code lines} one after the other, else the line it starts
   * on.
   */
  static String within(String text, List<String> lines) {
    String all = squash(String.join("", lines));
    String want = squash(text);
    if (rightToLeft(text) ? holds(baseLetters(all), baseLetters(text)) : all.contains(want)) {
      return text;
    }
    String start = want.substring(0, Math.min(want.length(), 8));
    return lines.stream().filter(l -> squash(l).startsWith(start)).findFirst().orElse("");
  }

  private static String sorted(String s) {
    return s.chars()
        .sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  /** Whether {@code all} holds every letter of {@code part}, as many times. */
  static boolean holds(String all, String part) {
    int[] counts = new int[Character.MAX_VALUE + 1];
    all.chars().forEach(c -> counts[c]++);
    return part.chars().allMatch(c -> counts[c]-- > 0);
  }
}
