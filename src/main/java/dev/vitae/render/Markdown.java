package dev.vitae.render;

/** Escapes text so that Markdown shows it as written. */
public final class Markdown {

  private Markdown() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0
          || (c == '-' || c == '+') && i == 0
          || c == '.' && i > 0 && Character.isDigit(text.charAt(i - 1)) && allDigits(text, i)) {
        out.append('\\');
      }
      out.append(c);
    }
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
