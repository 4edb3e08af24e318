package dev.vitae.source;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Terminal columns: a Chinese, Japanese or Korean character or an emoji takes two, a combining mark
 * none, anything else one. Carets under a source line and plain-text wrapping count in these.
 */
public final class Columns {

  private Columns() {}

  /** Terminal columns of {@code s}. */
  public static int width(CharSequence s) {
    return s.codePoints().map(Columns::of).sum();
  }

  /** Terminal columns of one character. */
  public static int of(int c) {
    if (c < 0x300) {
      return 1;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    int eaw = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
    return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH
        ? 2
        : 1;
  }
}
