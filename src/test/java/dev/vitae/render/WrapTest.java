package dev.vitae.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain text as it lands in an application form: lines of at most so many terminal columns. */
class WrapTest {

  @Test
  void latinWrapsAtSpacesAndCutsAWordLongerThanTheLine() {
    assertThat(Wrap.wrap("Built the payments platform end-to-end with audits", 20, "• ", "  "))
        .isEqualTo(
            """
            • Built the payments
              platform
              end-to-end with
              audits""");
    assertThat(Wrap.wrap("x " + "a".repeat(25), 10, "", ""))
        .isEqualTo("x\naaaaaaaaaa\naaaaaaaaaa\naaaaa");
  }

  @Test
  void unspacedCjkBreaksBetweenCharactersCountingTwoColumnsEach() {
    String wrapped = Wrap.wrap("十年分布式系统经验，负责每秒四万条消息的数据平台。", 20, "", "");
    assertThat(wrapped)
        .isEqualTo(
            """
        十年分布式系统经验，
        负责每秒四万条消息的
        数据平台。""");
    assertThat(wrapped.lines()).allSatisfy(l -> assertThat(Wrap.width(l)).isLessThanOrEqualTo(20));
  }

  @Test
  void aLineNeverStartsWithClosingPunctuation() {
    // "，" may not begin a line: the character before it goes down with it.
    assertThat(Wrap.wrap("一二三四五六七八九，十", 18, "", "")).isEqualTo("一二三四五六七八\n九，十");
  }

  @Test
  void columnsAlignByDisplayWidth() {
    assertThat(Wrap.columns("株式会社アクメ", "2019", 24)).isEqualTo("株式会社アクメ" + " ".repeat(6) + "2019");
    assertThat(Wrap.width("Zoë e\u0301 한국")).isEqualTo(10);
  }
}
