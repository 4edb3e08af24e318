package dev.vitae.model;

/** Which side a page starts on ({@code locale.direction}), and which way a letter is written. */
public enum Direction implements Keyed {
  LTR,
  RTL;

  /** Whether a character is written right to left (Hebrew, Arabic, Syriac, Thaana…). */
  public static boolean rightToLeft(int codePoint) {
    byte d = Character.getDirectionality(codePoint);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /** Whether any character of the text is written right to left. */
  public static boolean anyRightToLeft(CharSequence text) {
    return text.codePoints().anyMatch(Direction::rightToLeft);
  }
}
