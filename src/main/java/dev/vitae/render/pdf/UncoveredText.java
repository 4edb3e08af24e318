package dev.vitae.render.pdf;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The document holds characters no registered font draws, or letters of a script vitae cannot
 * shape; writing it would put blanks or garbled words in front of an employer, so nothing is
 * written.
 */
public final class UncoveredText extends RuntimeException {

  private static final long serialVersionUID = 1L;

  // Arrays, not lists: an exception is Serializable, and List is not.
  private final int[] missing;
  private final int[] unshaped;

  UncoveredText(List<Integer> missing, List<Integer> unshaped) {
    super(unshaped.isEmpty() ? missingMessage(missing) : unshapedMessage(unshaped));
    this.missing = missing.stream().mapToInt(Integer::intValue).toArray();
    this.unshaped = unshaped.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The message it was made with; never null. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }

  public List<Integer> missing() {
    return IntStream.of(missing).boxed().toList();
  }

  public List<Integer> unshaped() {
    return IntStream.of(unshaped).boxed().toList();
  }

  /** What the user does about it. */
  public String hint() {
    return unshaped.length == 0 ? MISSING_HINT : UNSHAPED_HINT;
  }

  /** The message for characters no font has. */
  public static String missingMessage(List<Integer> missing) {
    return "the résumé uses characters no font covers: " + FontCoverage.describe(missing, 8);
  }

  /** The message for letters of scripts vitae cannot shape. */
  public static String unshapedMessage(List<Integer> unshaped) {
    return "vitae cannot lay out %s text yet: %s"
        .formatted(FontCoverage.scripts(unshaped), FontCoverage.describe(unshaped, 8));
  }

  /** How to add a font, shared by every message about uncovered characters. */
  public static final String MISSING_HINT =
      "add a TrueType font that has them to resume.yaml: 'fonts: [fonts/NotoSansArmenian-Regular.ttf]' "
          + "(a .ttf file inside the folder of resume.yaml)";

  /** Why a font would not help. */
  public static final String UNSHAPED_HINT =
      "this script's letters must be reordered and combined (shaping), which vitae's PDF engine does "
          + "only for Arabic, so a font would not help; write this value in Latin letters";
}
