package dev.vitae.check;

import dev.vitae.model.Direction;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether a text layer holds the source strings in order.
 *
 * <p>The text is read in content-stream order, as applicant-tracking systems read it (pdf.js, Tika,
 * PDFBox's default), never sorted by position. Compared after Unicode normalisation and without
 * white space, a string must stand contiguous: it may wrap at a line end (a 400-character URL is
 * broken across lines, and its pieces extract with a line break between), but its pieces must
 * follow each other; no string is stitched together from pieces of other strings.
 *
 * <p>A string with right-to-left letters is compared on its letters and digits as a set, within the
 * shortest stretch of text that holds them all, else within the line, or the lines one after the
 * other, that hold its pieces: its glyphs are stored in visual order, and every reader (PDFBox
 * here) guesses the written order back line by line. Fuzzing found the guess going wrong for a line
 * whose left end is a left-to-right word ("… עם Kafka" read back as "Kafka … עם"), for numbers and
 * signs next to Arabic ("99.95٪" read back as "٪99.95"), for a mark drawn over a letter of another
 * font, for a word broken across lines with another run between its pieces, and for a long name
 * mixing Latin, Hebrew and Arabic without a space, for a digit read after a long Latin word that
 * followed it on a right-to-left line. A missing or misspelt word is still found; the glyph order
 * is tested where it is made (RightToLeftTest).
 */
final class TextOrder {

  private final String text;
  private final String letters;
  private final int[] where;

  /**
   * For each character of {@code text}: its line; for each line: where it starts, whether it holds
   * right-to-left letters.
   */
  private final int[] lineOf;

  private final List<Integer> lineStart = new ArrayList<>();
  private final List<Boolean> lineRightToLeft = new ArrayList<>();

  private TextOrder(String extracted) {
    String normalized = Normalizer.normalize(extracted, Normalizer.Form.NFKC);
    StringBuilder squashed = new StringBuilder();
    List<Integer> lines = new ArrayList<>();
    lineStart.add(0);
    lineRightToLeft.add(false);
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == '\n') {
        lineStart.add(squashed.length());
        lineRightToLeft.add(false);
      } else if (!ReadText.leftOut(c)) {
        squashed.append(c);
        lines.add(lineStart.size() - 1);
        if (Direction.rightToLeft(c)) {
          lineRightToLeft.set(lineStart.size() - 1, true);
        }
      }
    }
    this.text = squashed.toString();
    this.lineOf = lines.stream().mapToInt(Integer::intValue).toArray();
    StringBuilder b = new StringBuilder();
    int[] w = new int[text.length() * 4];
    for (int i = 0; i < text.length(); i++) {
      for (char c : ReadText.baseLetters(String.valueOf(text.charAt(i))).toCharArray()) {
        w = b.length() < w.length ? w : java.util.Arrays.copyOf(w, w.length * 2);
        w[b.length()] = i;
        b.append(c);
      }
    }
    this.letters = b.toString();
    this.where = java.util.Arrays.copyOf(w, b.length());
  }

  /**
   * Adds a problem for each string missing from {@code extracted}, or found before the one before
   * it. A line holding right-to-left letters is one stretch: the strings on it may read back in any
   * order. So is every line of a mirrored page, whose rows read back from their last cell.
   */
  static void check(
      String extracted, List<String> strings, boolean mirroredPage, List<String> problems) {
    check(extracted, strings, mirroredPage, "the text layer", problems);
  }

  /**
   * As {@link #check(String, List, boolean, List)}, for text that is not a PDF's text layer.
   *
   * @param read what the text is, in the problems: {@code the document's text}
   */
  static void check(
      String extracted,
      List<String> strings,
      boolean mirroredPage,
      String read,
      List<String> problems) {
    TextOrder layer = new TextOrder(extracted);
    int at = 0;
    int last = -1;
    for (String s : strings) {
      boolean rightToLeft = Direction.anyRightToLeft(s);
      String want = rightToLeft ? ReadText.baseLetters(ReadText.squash(s)) : ReadText.squash(s);
      if (want.isEmpty()) {
        continue;
      }
      int from =
          last >= 0 && (mirroredPage || layer.lineRightToLeft.get(layer.lineOf[last]))
              ? Math.min(at, layer.lineStart.get(layer.lineOf[last]))
              : at;
      Found found = rightToLeft ? layer.findLetters(want, from) : layer.findLeftToRight(want, from);
      if (found != null) {
        last = found.start();
        at = Math.max(at, found.next());
        continue;
      }
      boolean anywhere =
          (rightToLeft ? layer.findLetters(want, 0) : layer.findLeftToRight(want, 0)) != null;
      problems.add(
          "\"%s\" %s %s"
              .formatted(
                  PdfCheck.shorten(s),
                  anywhere ? "is in" : "is missing from",
                  anywhere ? read + ", but out of order" : read));
    }
  }

  /**
   * A string without right-to-left letters: contiguous in the order read, else on a line holding
   * right-to-left letters, compared on its letters there: the reader's guess at that line's order
   * moves its pieces too (fuzzing found a Latin title starting "3 \\" before a Hebrew company read
   * back with the 3 after the rest of the title).
   */
  private @Nullable Found findLeftToRight(String want, int from) {
    Found found = find(want, from);
    if (found != null) {
      return found;
    }
    String letters = ReadText.baseLetters(want);
    Found inLetters = letters.isEmpty() ? null : findLetters(letters, from);
    return inLetters != null && lineRightToLeft.get(lineOf[inLetters.start()]) ? inLetters : null;
  }

  /** Where a string was found, and where to look for the next one. */
  private record Found(int start, int next) {}

  /**
   * The first {@code want} at or after {@code from}, contiguous in the order read (white space left
   * out, so a string wrapping at a line end is found when its pieces follow each other); null when
   * there is none.
   */
  private @Nullable Found find(String want, int from) {
    int whole = text.indexOf(want, from);
    return whole < 0 ? null : new Found(whole, whole + want.length());
  }

  private int lineEnd(int line) {
    return line + 1 < lineStart.size() ? lineStart.get(line + 1) : text.length();
  }

  /** Lines a string may be broken across. */
  private static final int MAX_LINES = 8;

  /**
   * Where the letters and digits of {@code want} stand, at or after {@code from}: together in one
   * stretch, else broken across lines, a piece on each; null when they are not there.
   */
  private @Nullable Found findLetters(String want, int from) {
    int lo = firstLetterAt(from);
    Found whole = window(want, lo, letters.length(), want.length() * 2 + 40);
    return whole != null ? whole : inPieces(want, lo);
  }

  /**
   * The first shortest stretch of letters in {@code [lo, hi)} that holds all the letters and digits
   * of {@code want} and is shorter than {@code span}; null when there is none.
   */
  private @Nullable Found window(String want, int lo, int hi, int span) {
    Map<Character, Integer> lacking = new HashMap<>();
    want.chars().forEach(c -> lacking.merge((char) c, 1, Integer::sum));
    int missing = want.length();
    for (int end = lo; end < hi; end++) {
      if (lacking.merge(letters.charAt(end), -1, Integer::sum) >= 0) {
        missing--;
      }
      while (missing == 0) {
        while (Objects.requireNonNull(lacking.get(letters.charAt(lo)))
            < 0) { // more of it than needed, or not needed at all
          lacking.merge(letters.charAt(lo++), 1, Integer::sum);
        }
        if (end - lo < span) {
          return new Found(where[lo], where[lo] + 1);
        }
        lacking.merge(letters.charAt(lo++), 1, Integer::sum);
        missing++;
      }
    }
    return null;
  }

  /**
   * A string on one line, or broken across lines, a piece on each, each piece's letters anywhere on
   * its line. Fuzzing found a long mixed line read back in the other direction (the first piece of
   * a wrapped name came first on its line, the rest of that line before the name's second piece),
   * and a digit read after a long Latin word that followed it.
   */
  private @Nullable Found inPieces(String want, int lo) {
    if (lo >= letters.length()) {
      return null;
    }
    for (int line = lineOf[where[lo]]; line < lineStart.size(); line++) {
      int done = 0;
      int start = -1;
      for (int l = line;
          l < lineStart.size() && l < line + MAX_LINES && done < want.length();
          l++) {
        int from = Math.max(lo, firstLetterAt(lineStart.get(l)));
        int to = firstLetterAt(lineEnd(l));
        int length = want.length() - done;
        Found piece = null;
        while (length > 0
            && (piece = window(want.substring(done, done + length), from, to, to - from + 1))
                == null) {
          length--;
        }
        if (piece == null) {
          break;
        }
        start = start < 0 ? piece.start() : start;
        done += length;
      }
      if (done == want.length()) {
        return new Found(start, start + 1);
      }
    }
    return null;
  }

  /** The first letter at or after {@code textIndex}. */
  private int firstLetterAt(int textIndex) {
    int lo = 0;
    int hi = where.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (where[mid] < textIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
