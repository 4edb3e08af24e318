package dev.vitae.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.load.ApplicationLoad;
import dev.vitae.load.LoadResult;
import dev.vitae.load.Loader;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.DiagnosticFormatter;
import dev.vitae.source.Severity;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What must not reach an employer is found and pointed at; real values pass. */
class ScreenTest {

  static final String RESUME =
      """
      basics:
        name: Ada Lovelace
        email: ada@lovelace.dev
        phone: "+44 20 7946 0000"
        url: https://lovelace.dev
        profiles:
          - network: GitHub
            url: https://github.com/ada
      """;

  static final String APPLICATION =
      """
      company: Acme
      role: Backend Engineer
      notes: TODO ask Dana about the team
      letter:
        greeting: Dear Dana,
        paragraphs:
          - I build backends.
          -
          - Write to me at ada@lovelace.dev.
        closing: Kind regards,
      """;

  static Screen.Findings screen(String resume, String application, Severity severity) {
    var r = (LoadResult.Loaded) Loader.load("resume.yaml", bytes(resume));
    var a = (ApplicationLoad.Loaded) Loader.loadApplication("acme.yaml", bytes(application));
    return Screen.of(a.application(), a.sourceMap(), r.resume().basics(), r.sourceMap(), severity);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anEmptyParagraphIsPointedAtAndNotesAreNeverScreened() {
    Screen.Findings f = screen(RESUME, APPLICATION, Severity.ERROR);
    assertThat(f.resume()).isEmpty();
    assertThat(
            DiagnosticFormatter.format(
                new dev.vitae.source.SourceFile("acme.yaml", APPLICATION), f.application()))
        .isEqualTo(
            """
            acme.yaml:8:6: error: letter paragraph 2 is empty
                    -
                     ^
              hint: write it, or delete the '-' line
            1 error
            """);
  }

  @Test
  void placeholderContactsInTheResumeArePointedAtAsWarningsForADraft() {
    String resume =
        RESUME
            .replace("ada@lovelace.dev", "ada@example.com")
            .replace("https://github.com/ada", "https://ada.test/code");
    Screen.Findings f = screen(resume, APPLICATION.replace("-\n", "- Fine.\n"), Severity.WARNING);
    assertThat(f.application()).isEmpty();
    assertThat(f.resume())
        .extracting(Diagnostic::severity, d -> d.position().line(), d -> d.position().column())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 3, 10),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 8, 12));
    assertThat(f.resume().get(0).message())
        .isEqualTo(
            "'ada@example.com' is a placeholder: example.com is reserved for examples and never"
                + " reaches anyone");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "me@example.org",
        "https://example.net/me",
        "me@mail.example.com",
        "https://ada.example",
        "ada@host.invalid",
        "http://localhost:8080",
        "TODO",
        "+1 555 xxx xxxx",
        "call me: TBD",
        // found by applying from outside: each went out in a bundle marked sent
        "todo: add a number",
        "TKTK",
        "Dear [Hiring Manager Name],",
        "I want to join [COMPANY].",
        "I cut costs by XX%.",
        "<insert a second achievement here>",
        "I admire {company}.",
        "Why this role: ???",
        "Lorem ipsum dolor sit amet"
      })
  void eachReservedDomainAndMarkIsAPlaceholder(String value) {
    assertThat(Placeholders.in(value)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ada@lovelace.dev",
        "https://examples.com",
        "https://github.com/ada",
        "Node.js and Postgres",
        "Todoist integration",
        "boxxing",
        "Quiero aportar todo lo que sé.",
        "The X11 port [sic] shipped.",
        "Latency fell from 40 ms to 12 ms (p99).",
        "Is it worth it? Yes.",
        "p99 <5 ms at >99.9% uptime, as cited [1]"
      })
  void realValuesPass(String value) {
    assertThat(Placeholders.in(value)).isEmpty();
  }

  @Test
  void aCoverLetterAskedForButNotWrittenIsAFinding() {
    Screen.Findings f =
        screen(RESUME, "company: Acme\nrole: SRE\ndocuments: [cover-letter]\n", Severity.ERROR);
    assertThat(f.application())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message())
                  .isEqualTo("the application sends a cover letter but has no 'letter:'");
              assertThat(d.position().line()).isEqualTo(3);
            });
  }
}
