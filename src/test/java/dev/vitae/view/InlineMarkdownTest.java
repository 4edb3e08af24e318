package dev.vitae.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inline Markdown in a value, as the view reads it into runs: what each run says and how it is set,
 * and the plain words every text output and the read-back take.
 */
class InlineMarkdownTest {

  private static Line line(String value) {
    return Emphasis.NONE.line(value);
  }

  @Test
  void boldItalicCodeAndLinksBecomeRunsAndThePlainWordsLoseTheirMarks() {
    Line l = line("Cut **p99** by *70%* with `Redis` and [notes](https://ada.dev/n).");
    assertThat(l.plain()).isEqualTo("Cut p99 by 70% with Redis and notes.");
    assertThat(l.spans())
        .containsExactly(
            new Span("Cut ", false),
            new Span("p99", true),
            new Span(" by ", false),
            new Span("70%", false, true, false, null),
            new Span(" with ", false),
            new Span("Redis", false, false, true, null),
            new Span(" and ", false),
            new Span("notes", false, false, false, "https://ada.dev/n"),
            new Span(".", false));
  }

  @Test
  void boldInsideALinkAndItalicInsideBoldKeepBoth() {
    assertThat(line("[**Quantum Diorama**](https://q.example/d) ***both***").spans())
        .containsExactly(
            new Span("Quantum Diorama", true, false, false, "https://q.example/d"),
            new Span(" ", false),
            new Span("both", true, true, false, null));
  }

  @Test
  void whatIsNotInlineMarkdownStaysAsWritten() {
    for (String literal :
        List.of(
            "&amp; and &#169; stay entities",
            "<b>raw HTML</b> and <script>alert(1)</script> are text",
            "1. not a list",
            "# not a heading",
            "- not a bullet",
            "snake_case_names and 5 * 3 * 2",
            "${7*7} and <#assign x=1>",
            "a lone * star and a [bracket")) {
      Line l = line(literal);
      assertThat(l.plain()).as(literal).isEqualTo(literal);
      assertThat(l.spans()).as(literal).allMatch(Span::isPlain);
    }
  }

  @Test
  void aLinkToAnythingButTheWebOrMailIsItsSourceAndNoLink() {
    for (String bad :
        List.of(
            "[click](javascript:alert(1))",
            "[file](file:///etc/passwd)",
            "[rel](notes.html)",
            "![logo](https://x.example/l.png)")) {
      Line l = line("see " + bad + " now");
      assertThat(l.plain()).as(bad).isEqualTo("see " + bad + " now");
      assertThat(l.spans()).as(bad).allMatch(s -> s.href() == null);
    }
    assertThat(line("[mail](mailto:ada@ada.dev)").spans())
        .containsExactly(new Span("mail", false, false, false, "mailto:ada@ada.dev"));
  }

  @Test
  void aVariantsTermsAreBoldInsidePlainAndItalicRunsButNotInCode() {
    Line l = new Emphasis(List.of("Redis")).line("*Redis* paths, `Redis` client, Redis");
    assertThat(l.plain()).isEqualTo("Redis paths, Redis client, Redis");
    assertThat(l.spans())
        .containsExactly(
            new Span("Redis", true, true, false, null),
            new Span(" paths, ", false),
            new Span("Redis", false, false, true, null),
            new Span(" client, ", false),
            new Span("Redis", true));
  }
}
