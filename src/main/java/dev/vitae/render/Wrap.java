package dev.vitae.render;

/** Fills text into lines of a fixed width, the way a plain-text résumé is pasted into a form. */
public final class Wrap {

  private Wrap() {}

  /**
   * Wraps at spaces; a word longer than the line is cut.
   *
   * @param first what starts the first line (a bullet, an indent)
   * @param rest what starts every following line
   */
  public static String wrap(String text, int width, String first, String rest) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(first);
    int lineStart = first.length();
    for (String word : text.strip().split("\\s+")) {
      while (rest.length() + word.length() > width) {
        if (line.length() > lineStart) {
          out.append(line.toString().stripTrailing()).append('\n');
          line = new StringBuilder(rest);
          lineStart = rest.length();
        }
        int room = width - line.length();
        line.append(word, 0, room);
        out.append(line).append('\n');
        word = word.substring(room);
        line = new StringBuilder(rest);
        lineStart = rest.length();
      }
      if (line.length() > lineStart && line.length() + 1 + word.length() > width) {
        out.append(line).append('\n');
        line = new StringBuilder(rest);
        lineStart = rest.length();
      } else if (line.length() > lineStart) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > lineStart) {
      out.append(line);
    } else if (out.length() > 0) {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** {@code left} and {@code right} on one line, right-aligned at {@code width}, else on two lines. */
  public static String columns(String left, String right, int width) {
    if (right.isEmpty()) {
      return wrap(left, width, "", "");
    }
    int gap = width - left.length() - right.length();
    if (gap >= 2) {
      return left + " ".repeat(gap) + right;
    }
    return wrap(left, width, "", "") + "\n" + right;
  }
}
