package dev.vitae.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the read-back's comparison leaves out of a text, character by character. */
class ReadTextTest {

  /** The rule as a regular expression, as the read-back first wrote it. */
  private static final Pattern RULE =
      Pattern.compile("[\\s\\p{Cf}\\p{Mn}\\p{Me}\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]");

  @Test
  void everyCodePointIsLeftOutExactlyWhenTheRuleSaysSo() {
    List<String> differ = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (ReadText.leftOut(c) != RULE.matcher(Character.toString(c)).matches()) {
        differ.add(Integer.toHexString(c));
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void squashFoldsCompatibilityFormsAndDropsSpacesMarksAndSelectors() {
    assertThat(ReadText.squash("\uFB01nance\u00A0 lead\u200D\u00AD er\uFE0F \u2011on\u2010call"))
        .isEqualTo("financeleader-on-call");
    assertThat(ReadText.squash("e\u0301te\u0301 \u20DD\uDB40\uDD00x")).isEqualTo("\u00E9t\u00E9x");
  }

  @Test
  void theBaseLettersOfOneCharacterAreItsLettersAndDigitsWithoutMarks() {
    assertThat(ReadText.baseLetters("a")).isEqualTo("a");
    assertThat(ReadText.baseLetters("7")).isEqualTo("7");
    assertThat(ReadText.baseLetters("-")).isEmpty();
    assertThat(ReadText.baseLetters(" ")).isEmpty();
    assertThat(ReadText.baseLetters("\u00E9")).isEqualTo("e");
    assertThat(ReadText.baseLetters("\uFB01")).isEqualTo("fi");
  }
}
