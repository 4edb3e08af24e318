package dev.vitae.render.pdf;

import java.util.List;

/**
 * The document holds characters no registered font draws, or right-to-left text; writing it would
 * put blanks or garbled text in front of an employer, so nothing is written.
 */
public final class UncoveredText extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Integer> missing;
  private final List<Integer> rightToLeft;

  UncoveredText(List<Integer> missing, List<Integer> rightToLeft) {
    super(message(missing, rightToLeft));
    this.missing = List.copyOf(missing);
    this.rightToLeft = List.copyOf(rightToLeft);
  }

  public List<Integer> missing() {
    return missing;
  }

  public List<Integer> rightToLeft() {
    return rightToLeft;
  }

  /** What the user does about it. */
  public String hint() {
    return rightToLeft.isEmpty() ? MISSING_HINT : RIGHT_TO_LEFT_HINT;
  }

  /** How to add a font, shared by every message about uncovered characters. */
  public static final String MISSING_HINT =
      "add a TrueType font that has them to resume.yaml: 'fonts: [fonts/NotoSansSC-Regular.ttf]' "
          + "(a .ttf file inside the folder of resume.yaml)";

  /** Why right-to-left text is refused. */
  public static final String RIGHT_TO_LEFT_HINT =
      "vitae's PDF layout cannot reorder right-to-left text or join Arabic letters yet, so the PDF "
          + "would show it garbled; write this value in Latin letters";

  private static String message(List<Integer> missing, List<Integer> rightToLeft) {
    if (!rightToLeft.isEmpty()) {
      return "right-to-left text cannot be laid out yet: " + FontCoverage.describe(rightToLeft, 8);
    }
    return "the résumé uses characters no font covers: " + FontCoverage.describe(missing, 8);
  }
}
