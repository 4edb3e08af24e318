package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import dev.vitae.StreamText;
import dev.vitae.model.Letter;
import dev.vitae.model.Recipient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cover letter, built through the one entry point as {@code vitae apply} builds it: one page in
 * the résumé's theme, read back in content-stream order, and its text and Markdown exactly.
 */
class CoverLetterTest {

  @TempDir Path dir;

  private BuildResult.Built build(Path file, Letter letter, String... only) {
    return Letters.built(
        Pipeline.shipped()
            .build(Letters.request(file, dir.resolve("out"), Letters.cover(letter), only)));
  }

  /** Each string stands contiguous in the stream's text, after the one before it. */
  static void assertInOrder(String streamText, List<String> strings) {
    String flat = StreamText.flat(streamText);
    int at = 0;
    for (String s : strings) {
      int found = flat.indexOf(StreamText.flat(s), at);
      assertThat(found)
          .as("\"%s\" after position %d of: %s", s, at, flat)
          .isGreaterThanOrEqualTo(0);
      at = found + StreamText.flat(s).length();
    }
  }

  @Test
  void theSampleLetterIsOnePageAndReadsBackInContentStreamOrder() {
    BuildResult.Built built = build(Samples.SAMPLE, Letters.LETTER, "letter");

    assertThat(built.written())
        .extracting(Document::fileName)
        .containsExactly(
            "Tushar-Cover-Letter.pdf",
            "Tushar-Cover-Letter.txt",
            "Tushar-Cover-Letter.md",
            "manifest.json");
    byte[] pdf = Letters.file(built, "Tushar-Cover-Letter.pdf").bytes();
    List<String> expected = new ArrayList<>();
    expected.addAll(
        List.of(
            "Tushar",
            "backend engineer / distributed systems / operational tooling",
            "tushar@example.com",
            "tushar.example.com",
            "github.example.com/tushar",
            "December 2, 2026",
            "Dana Rivera",
            "Engineering Manager, Payments",
            "Acme Corp",
            "500 Market Street",
            "San Francisco, CA 94105",
            "Application for the Backend Engineer position",
            "Dear Ms. Rivera,"));
    expected.addAll(Letters.PARAGRAPHS);
    expected.addAll(List.of("Sincerely,", "Tushar", "Enclosures: Résumé, Dossier"));
    StreamText stream = StreamText.of(pdf);
    assertThat(stream.pages()).hasSize(1);
    assertInOrder(stream.pages().get(0), expected);
    assertThat(built.builds().get(0).checks()).singleElement().matches(c -> c.ok());

    PdfReadback read = PdfReadback.of(pdf);
    assertThat(read.title()).isEqualTo("Tushar — Cover letter");
    assertThat(read.author()).isEqualTo("Tushar");
    assertThat(read.subject()).isEqualTo("Backend Engineer — Acme Corp");
    assertThat(read.links())
        .contains("mailto:tushar@example.com", "https://github.example.com/tushar");
    assertThat(read.fonts()).allMatch(f -> f.contains("SourceSans3"));
    // the résumé's header: the name set as large and bold as the résumé sets it, at the letter's
    // density
    StreamText.Item name = stream.items().get(0).get(0);
    assertThat(name.text()).isEqualTo("Tushar");
    assertThat(name.bold()).isTrue();
    assertThat(name.size()).isGreaterThan(20);
  }

  @Test
  void itsPlainTextIsTheBodyToPasteAndItsMarkdownTheWholeLetter() throws IOException {
    BuildResult.Built built = build(Samples.SAMPLE, Letters.LETTER, "letter");

    String p1 = Letters.PARAGRAPHS.get(0);
    String p2 = Letters.PARAGRAPHS.get(1);
    String p3 = Letters.PARAGRAPHS.get(2);
    assertThat(text(built, "Tushar-Cover-Letter.txt"))
        .isEqualTo(
            "Dear Ms. Rivera,\n\n"
                + p1
                + "\n\n"
                + p2
                + "\n\n"
                + p3
                + "\n\nSincerely,\nTushar\n"
                + "tushar@example.com | https://tushar.example.com |"
                + " https://github.example.com/tushar\n");
    assertThat(text(built, "Tushar-Cover-Letter.md"))
        .isEqualTo(
            "**Tushar**\\\n"
                + "backend engineer / distributed systems / operational tooling\\\n"
                + "[tushar@example.com](mailto:tushar@example.com) ·"
                + " [tushar.example.com](https://tushar.example.com) ·"
                + " [github.example.com/tushar](https://github.example.com/tushar)\n\n"
                + "December 2, 2026\n\n"
                + "Dana Rivera\\\nEngineering Manager, Payments\\\nAcme Corp\\\n"
                + "500 Market Street\\\nSan Francisco, CA 94105\n\n"
                + "**Application for the Backend Engineer position**\n\n"
                + "Dear Ms. Rivera,\n\n"
                + p1
                + "\n\n"
                + p2
                + "\n\n"
                + p3
                + "\n\nSincerely,\\\nTushar\n\n"
                + "*Enclosures: Résumé, Dossier*\n");
  }

  private static String text(BuildResult.Built built, String name) {
    return new String(Letters.file(built, name).bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void greetingAndClosingDefaultAndEveryRecipientLineMayBeLeftOut() throws IOException {
    Letter bare = new Letter(null, null, List.of("One short paragraph."), null);
    BuildResult.Built built = build(Samples.SAMPLE, bare, "letter");

    String stream = StreamText.of(Letters.file(built, "Tushar-Cover-Letter.pdf").bytes()).flat();
    assertInOrder(
        stream,
        List.of(
            "December 2, 2026",
            "Acme Corp",
            "Application for the Backend Engineer position",
            "Dear Hiring Manager,",
            "One short paragraph.",
            "Sincerely,",
            "Tushar"));
    assertThat(text(built, "Tushar-Cover-Letter.txt"))
        .startsWith("Dear Hiring Manager,\n\nOne short paragraph.\n\nSincerely,\nTushar\n");

    Letter someLines =
        new Letter(
            new Recipient(null, "Talent Team", "Acme Payments GmbH", List.of()),
            null,
            List.of("One short paragraph."),
            "Kind regards,");
    String md =
        text(
            Letters.built(
                Pipeline.shipped()
                    .build(
                        Letters.request(
                            Samples.SAMPLE,
                            dir.resolve("out2"),
                            new CoverLetter(someLines, "Acme", "", Letters.DATE, List.of()),
                            "letter"))),
            "Tushar-Cover-Letter.md");
    assertThat(md)
        .contains("December 2, 2026\n\nTalent Team\\\nAcme Payments GmbH\n\nDear Hiring Manager,")
        .endsWith("One short paragraph.\n\nKind regards,\\\nTushar\n")
        .doesNotContain("Application for", "Enclosures");
  }

  @Test
  void theDateAndTheWordsAreInTheResumesLanguage() throws IOException {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(
        file,
        """
        basics:
          name: Jana Müller
          label: Softwareentwicklerin
          email: jana@example.com
        locale:
          language: de-DE
          words:
            greeting: "Sehr geehrte Damen und Herren,"
            closing: "Mit freundlichen Grüßen"
            regarding: "Bewerbung als {role}"
            enclosures: "Anlagen: {documents}"
            resume: Lebenslauf
        work:
          - name: Beispiel GmbH
            position: Entwicklerin
            startDate: "2020-01"
        """);
    Letter letter = new Letter(null, null, List.of("Hiermit bewerbe ich mich."), null);
    BuildResult.Built built = build(file, letter, "letter");

    String stream =
        StreamText.of(Letters.file(built, "Jana-Muller-Cover-Letter.pdf").bytes()).flat();
    assertInOrder(
        stream,
        List.of(
            "Jana Müller",
            "jana@example.com",
            "2. Dezember 2026",
            "Acme Corp",
            "Bewerbung als Backend Engineer",
            "Sehr geehrte Damen und Herren,",
            "Hiermit bewerbe ich mich.",
            "Mit freundlichen Grüßen",
            "Jana Müller",
            "Anlagen: Lebenslauf, Dossier"));
    assertThat(
            PdfReadback.of(Letters.file(built, "Jana-Muller-Cover-Letter.pdf").bytes()).language())
        .isEqualTo("de-DE");
  }

  @Test
  void theClassicThemeSetsTheLetterAsItSetsTheResume() {
    Path out = dir.resolve("out");
    BuildRequest request =
        new BuildRequest(
                Samples.SAMPLE,
                out,
                List.of(),
                new dev.vitae.tailor.Profile.Flags(
                    List.of(), List.of(), List.of("resume", "letter"), List.of(), "classic"),
                java.util.Optional.empty(),
                dev.vitae.view.Paper.A4,
                dev.vitae.model.FitMode.DROP,
                0,
                false,
                false,
                java.util.Optional.empty())
            .withLetter(Letters.cover(Letters.LETTER));
    BuildResult.Built built = Letters.built(Pipeline.shipped().build(request));

    PdfReadback letter = PdfReadback.of(Letters.file(built, "Tushar-Cover-Letter.pdf").bytes());
    PdfReadback resume = PdfReadback.of(Letters.file(built, "Tushar-Resume.pdf").bytes());
    assertThat(letter.pages()).isEqualTo(1);
    assertThat(letter.fonts()).allMatch(f -> f.contains("SourceSerif4"));
    assertThat(resume.fonts()).allMatch(f -> f.contains("SourceSerif4"));
    assertInOrder(
        StreamText.of(Letters.file(built, "Tushar-Cover-Letter.pdf").bytes()).flat(),
        Letters.PARAGRAPHS);
  }

  @Test
  void aLongLetterIsSetTighterAndStaysOnOnePageWithEveryParagraph() {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      paragraphs.addAll(Letters.PARAGRAPHS);
    }
    paragraphs = numbered(paragraphs);
    BuildResult.Built built =
        build(Samples.SAMPLE, new Letter(Letters.RECIPIENT, null, paragraphs, null), "letter");

    byte[] pdf = Letters.file(built, "Tushar-Cover-Letter.pdf").bytes();
    StreamText stream = StreamText.of(pdf);
    assertThat(stream.pages()).hasSize(1);
    assertInOrder(stream.pages().get(0), paragraphs);
    StreamText.Item body =
        stream.items().get(0).stream()
            .filter(i -> i.text().startsWith("1. I am applying"))
            .findFirst()
            .orElseThrow();
    assertThat(body.size()).as("body type tightened from 11 pt").isLessThan(11f);
    assertThat(body.size()).as("never below 9 pt").isGreaterThanOrEqualTo(9f);
  }

  @Test
  void aLetterFarTooLongIsAnErrorSayingHowFarOverItIs() {
    List<String> paragraphs =
        numbered(Collections.nCopies(20, String.join(" ", Letters.PARAGRAPHS)));
    BuildResult result =
        Pipeline.shipped()
            .build(
                Letters.request(
                    Samples.SAMPLE,
                    dir.resolve("out"),
                    Letters.cover(new Letter(null, null, paragraphs, null)),
                    "letter"));

    assertThat(result).isInstanceOf(BuildResult.Failed.class);
    List<Problem> problems = ((BuildResult.Failed) result).problems();
    assertThat(problems).singleElement().isInstanceOf(Problem.DoesNotFit.class);
    Problem.DoesNotFit d = (Problem.DoesNotFit) problems.get(0);
    assertThat(d.overflow().isLetter()).isTrue();
    // about 2.3 pages of 9 pt lines: more than a page over
    assertThat(d.overflow().pages()).isGreaterThanOrEqualTo(2.0);
    assertThat(d.overflow().linesOver()).isBetween(60, 110);
    assertThat(d.overflow().message())
        .matches(
            "the cover letter is 2\\.\\d pages at the tightest readable setting \\(9 pt\\), about"
                + " \\d+ lines more than a page");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private static List<String> numbered(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      out.add((i + 1) + ". " + paragraphs.get(i));
    }
    return out;
  }
}
