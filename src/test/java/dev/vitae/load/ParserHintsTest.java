package dev.vitae.load;

import static dev.vitae.load.LoaderErrorsTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.pipeline.Vitae;
import dev.vitae.source.DiagnosticFormatter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Mistakes of quoting, colons, comments and encodings, named as such rather than as what the YAML
 * parser noticed later ("keys of one mapping must line up"), with the line and a caret that lands
 * under the right character.
 */
class ParserHintsTest {

  @Test
  void aBulletGoingOnAfterItsClosingQuoteGetsAQuotingHint() {
    assertThat(
            report(
                """
                work:
                  - name: Acme
                    highlights:
                      - "Mentored" two engineers
                """))
        .isEqualTo(
            """
            resume.yaml:4:18: error: YAML syntax: the value goes on after its closing quote
                      - "Mentored" two engineers
                                 ^
              hint: a value that starts with a quote ends at the next one; quote all of it with the other quote: '"Mentored" two engineers'
            1 error
            """);
  }

  @Test
  void anApostropheInsideSingleQuotesGetsAnApostropheHint() {
    assertThat(
            report(
                """
                basics:
                  name: Ada
                  label: 'Women's Health'
                """))
        .isEqualTo(
            """
            resume.yaml:3:16: error: YAML syntax: this apostrophe ends the value quoted with '
                  label: 'Women's Health'
                               ^
              hint: inside '…' write an apostrophe twice, 'Women''s Health', or quote with " instead: "Women's Health"
            1 error
            """);
  }

  @Test
  void aQuoteNeverClosedIsShownWhereItOpens() {
    assertThat(
            report(
                """
                basics:
                  name: "Ada
                  label: Engineer
                work:
                  - name: "Acme"
                """))
        .isEqualTo(
            """
            resume.yaml:2:9: error: YAML syntax: this quote is never closed on its line
                  name: "Ada
                        ^
              hint: close it on this line: a quoted value runs on to the next quote, swallowing the lines between
            1 error
            """);
  }

  @Test
  void anUnclosedBracketAtTheEndOfTheFileIsShownWithItsLineAndCaret() {
    assertThat(
            report(
                """
                basics:
                  name: Ada
                skills:
                  - name: Backend
                    keywords: [Java, Go
                """))
        .isEqualTo(
            """
            resume.yaml:5:15: error: YAML syntax: this '[' is never closed
                    keywords: [Java, Go
                              ^
              hint: end the list with ']' on the same line, e.g. keywords: [Java, Go]
            1 error
            """);
  }

  @Test
  void aColonInABulletGetsAHintToQuoteIt() {
    assertThat(
            report(
                """
                basics:
                  name: Ada
                work:
                  - name: Acme
                    highlights:
                      - Mentoring: juniors
                """))
        .isEqualTo(
            """
            resume.yaml:6:9: error: 'Mentoring: juniors' reads as a key and a value, because of its ': '
                      - Mentoring: juniors
                        ^
              hint: put the whole text in quotes: "Mentoring: juniors"
            1 error
            """);
  }

  @Test
  void aValueCutAtAHashIsAWarningNamingTheLine() {
    LoadResult r =
        Vitae.read(
            "resume.yaml",
            """
            basics:
              name: Ada # the name, a comment
            work:
              - name: Acme
                highlights:
                  - Reduced costs by 30% for team #1
            """
                .getBytes(StandardCharsets.UTF_8));
    assertThat(r).isInstanceOf(LoadResult.Loaded.class);
    assertThat(DiagnosticFormatter.format(r.source(), r.diagnostics()))
        .isEqualTo(
            """
            resume.yaml:6:39: warning: '#1' is read as a comment, so the value ends at 'Reduced costs by 30% for team'
                      - Reduced costs by 30% for team #1
                                                      ^
              hint: put the whole value in quotes to keep it: "Reduced costs by 30% for team #1"
            """);
  }

  @Test
  void aWindows1252FileGetsOneErrorSayingSo() {
    byte[] bytes =
        """
        basics:
          name: Zoë Müller
          label: Café “Ingénieur”
          summary: Señor — naïve résumé, façade, über, Æsir, Øre, ß, à, ì, ò, ù
        """
            .getBytes(Charset.forName("windows-1252"));
    assertThat(report(bytes))
        .isEqualTo(
            """
            resume.yaml:2:11: error: this file looks like Windows-1252, not UTF-8 (20 such bytes, the first here)
                  name: Zo\uFFFD M\uFFFDller
                          ^
              hint: save it as UTF-8 (most editors: File > Save with Encoding > UTF-8)
            1 error
            """);
  }

  @Test
  void caretsLandUnderTheCharacterAfterChineseAndEmoji() {
    assertThat(
            report(
                """
                basics:
                  name: 中文名字
                  label: 🚀🚀 Engineer
                  postion: 工程师
                work:
                  - name: 公司
                    startDate: 2021-13
                """))
        .contains(
            """
                  postion: 工程师
                  ^
            """);
    assertThat(report("basics:\n  name: 中文名字 🚀 \u0007\n"))
        .contains(
            """
                  name: 中文名字 🚀 \s
                                    ^
            """);
  }

  @Test
  void aKeyIndentedDeeperThanTheKeyAboveIsNamedWithTheColumnItBelongsIn() {
    assertThat(report("basics:\n  name: Ada\n    label: Engineer\n"))
        .isEqualTo(
            """
            resume.yaml:3:5: error: YAML syntax: 'label' is indented deeper than 'name' above it
                    label: Engineer
                    ^
              hint: keys of one mapping line up in the same column: start 'label' in column 3, under 'name'; indented deeper, it reads as more of the value of 'name' (if it is, quote that value)
            1 error
            """);
  }

  @Test
  void aKeyOfAListItemIndentedDeeperLinesUpWithTheKeyAfterTheDash() {
    assertThat(report("work:\n  - name: Acme\n     position: Engineer\n"))
        .isEqualTo(
            """
            resume.yaml:3:6: error: YAML syntax: 'position' is indented deeper than 'name' above it
                     position: Engineer
                     ^
              hint: keys of one mapping line up in the same column: start 'position' in column 5, under 'name'; indented deeper, it reads as more of the value of 'name' (if it is, quote that value)
            1 error
            """);
  }

  @Test
  void aKeyBetweenTwoColumnsIsNamedWithBoth() {
    assertThat(report("basics:\n    name: Ada\n  label: Engineer\n"))
        .isEqualTo(
            """
            resume.yaml:3:3: error: YAML syntax: 'label' lines up with neither 'name' above it nor 'basics'
                  label: Engineer
                  ^
              hint: keys of one mapping line up in the same column: start it in column 5, under 'name', or in column 1, under 'basics'
            1 error
            """);
  }

  @Test
  void aListItemBetweenTwoColumnsIsNamedWithBoth() {
    assertThat(
            report(
                """
                work:
                  - name: Acme
                    highlights:
                      - Shipped it
                     - Ran it
                """))
        .isEqualTo(
            """
            resume.yaml:5:6: error: YAML syntax: '- Ran it' lines up with neither '- Shipped it' above it nor 'highlights'
                     - Ran it
                     ^
              hint: items of one list line up in the same column: start it in column 7, under '- Shipped it', or in column 5, under 'highlights'
            1 error
            """);
  }

  @Test
  void aColonInsideAnUnquotedValueStillGetsTheQuotingHint() {
    assertThat(report("basics:\n  name: Ada\n  label: Role: Backend\n"))
        .contains(
            "resume.yaml:3:14: error: YAML syntax: a ':' where a value was expected",
            "hint: put quotes around a value that contains ': '");
  }
}
