package dev.vitae.render;

import dev.vitae.source.Columns;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fills text into lines of a fixed width, the way a plain-text résumé is pasted into a form. Width
 * is counted in terminal columns: a Chinese, Japanese or Korean character takes two, a combining
 * mark none.
 */
public final class Wrap {

  private Wrap() {}

  /**
   * Wraps at spaces, and between the characters of unspaced CJK text (where Unicode's line-breaking
   * rules allow it); a word longer than the line is cut, except a web address, which gets a line of
   * its own however long: cut, it could no longer be followed or pasted.
   *
   * @param first what starts the first line (a bullet, an indent)
   * @param rest what starts every following line
   */
  public static String wrap(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int lineStart = first.length();
    for (String piece : pieces(text.strip().replaceAll("\\s+", " "))) {
      String word = piece.stripTrailing();
      String space = piece.substring(word.length());
      if (line.length() > lineStart && width(line) + width(word) > width) {
        lines.add(line.toString().stripTrailing());
        line = new StringBuilder(rest);
        lineStart = rest.length();
      }
      while (width(line) + width(word) > width && !isAddress(word)) {
        int cut = fit(word, width - width(line));
        if (cut == 0 && line.length() == lineStart) {
          cut = word.offsetByCodePoints(0, 1); // not even one character fits: never loop forever
        }
        lines.add(line + word.substring(0, cut));
        word = word.substring(cut);
        line = new StringBuilder(rest);
        lineStart = rest.length();
      }
      line.append(word).append(space);
    }
    if (line.length() > lineStart) {
      lines.add(line.toString().stripTrailing());
    }
    return String.join("\n", lines);
  }

  /**
   * {@code left} and {@code right} on one line, right-aligned at {@code width}, else on two lines.
   */
  public static String columns(String left, String right, int width) {
    if (right.isEmpty()) {
      return wrap(left, width, "", "");
    }
    int gap = width - width(left) - width(right);
    if (gap >= 2) {
      return left + " ".repeat(gap) + right;
    }
    return wrap(left, width, "", "") + "\n" + right;
  }

  /** Whether a word is a web or mail address ({@code https://…}, {@code mailto:…}). */
  private static boolean isAddress(String word) {
    return word.contains("://") || word.startsWith("mailto:") || word.startsWith("www.");
  }

  /** Terminal columns of {@code s}. */
  static int width(CharSequence s) {
    return Columns.width(s);
  }

  private static int columns(int c) {
    return Columns.of(c);
  }

  /** How many chars of {@code word} fit in {@code room} columns. */
  private static int fit(String word, int room) {
    int used = 0;
    int i = 0;
    while (i < word.length()) {
      int c = word.codePointAt(i);
      if (used + columns(c) > room) {
        break;
      }
      used += columns(c);
      i += Character.charCount(c);
    }
    return i;
  }

  /**
   * The text cut where a line may break: after a space, or next to a wide (CJK) character where
   * Unicode's rules allow it (never before "。" or after "「"). Each piece keeps its trailing space.
   */
  private static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
    breaks.setText(text);
    int start = 0;
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      boolean atSpace = text.charAt(end - 1) == ' ';
      boolean wide =
          columns(text.codePointBefore(end)) == 2
              || (end < text.length() && columns(text.codePointAt(end)) == 2);
      if (end == text.length() || atSpace || wide) {
        out.add(text.substring(start, end));
        start = end;
      }
    }
    return out;
  }
}
