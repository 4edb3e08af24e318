package dev.vitae.render.pdf;

import java.util.List;

/**
 * The document holds characters no registered font draws; writing it would put blanks in front of
 * an employer, so nothing is written.
 */
public final class UncoveredText extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Integer> missing;

  UncoveredText(List<Integer> missing) {
    super("the résumé uses characters no font covers: " + FontCoverage.describe(missing, 8));
    this.missing = List.copyOf(missing);
  }

  public List<Integer> missing() {
    return missing;
  }

  /** What the user does about it. */
  public String hint() {
    return MISSING_HINT;
  }

  /** How to add a font, shared by every message about uncovered characters. */
  public static final String MISSING_HINT =
      "add a TrueType font that has them to resume.yaml: 'fonts: [fonts/NotoSansSC-Regular.ttf]' "
          + "(a .ttf file inside the folder of resume.yaml)";
}
