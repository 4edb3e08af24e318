package dev.vitae.render;

import java.util.regex.Pattern;

/** Escapes text so that Markdown (and a Mermaid diagram inside it) shows it as written. */
public final class Markdown {

  /** What a Markdown viewer would turn into one character: an HTML entity, named or numeric. */
  private static final Pattern ENTITY =
      Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

  private Markdown() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0
          || ((c == '-' || c == '+') && i == 0)
          || (c == '&' && ENTITY.matcher(text).region(i, text.length()).lookingAt())
          || (c == '.' && i > 0 && Character.isDigit(text.charAt(i - 1)) && allDigits(text, i))) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Text for a Mermaid node's quoted label ({@code s1["…"]}): a quote, {@code #}, {@code <}, {@code
   * >}, {@code &} and {@code `} written as Mermaid's entity codes ({@code #34;}), so that none ends
   * the label or is read as markup; a line break as a space.
   */
  public static String mermaidLabel(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            c -> {
              if ("\"#<>&`".indexOf(c) >= 0) {
                out.append('#').append(c).append(';');
              } else if (c == '\n' || c == '\r') {
                out.append(' ');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  private static boolean allDigits(String text, int end) {
    for (int i = 0; i < end; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
