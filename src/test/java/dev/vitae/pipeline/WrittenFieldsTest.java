package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user writes reaches the documents: found by building real résumés (a new graduate's
 * courses, a teacher's coaching, a nurse's languages), which were dropped from every output without
 * a word, or printed as no typographer would.
 */
class WrittenFieldsTest {

  @TempDir Path dir;

  private static final String RESUME =
      """
      basics: {name: Jiayi Li, email: jiayi@example.org}
      education:
        - institution: National University of Singapore
          studyType: Bachelor of Computing
          area: Computer Science
          location: Singapore
          startDate: "2021-08"
          endDate: "2025-05"
          courses: [CS3230 Design and Analysis of Algorithms, CS4248 Natural Language Processing]
      languages:
        - {language: English, fluency: Native}
        - {language: Spanish, fluency: "Conversational (medical Spanish certificate)"}
      interests:
        - name: Coaching
          keywords: [FA Level 1 football coach, girls' U12]
        - name: Chess
      """;

  private Built build() throws IOException {
    Path out = built(RESUME);
    return new Built(
        PdfReadback.of(Files.readAllBytes(out.resolve("Jiayi-Li-Resume.pdf"))).text(),
        Files.readString(out.resolve("Jiayi-Li-Resume.txt"), StandardCharsets.UTF_8),
        Files.readString(out.resolve("Jiayi-Li-Resume.md"), StandardCharsets.UTF_8),
        PdfReadback.of(Files.readAllBytes(out.resolve("Jiayi-Li-Dossier.pdf"))).text());
  }

  private record Built(String pdf, String text, String markdown, String dossier) {}

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @Test
  void aDegreesCoursesArePrintedInEveryDocument() throws IOException {
    Built b = build();
    String courses =
        "Courses: CS3230 Design and Analysis of Algorithms, CS4248 Natural Language Processing";
    assertThat(oneLine(b.pdf())).contains(courses);
    assertThat(oneLine(b.text())).contains(courses);
    assertThat(b.markdown()).contains(courses);
    assertThat(oneLine(b.dossier())).contains(courses);
  }

  @Test
  void aDossiersCoverSaysDossierUnlessTheFileSaysMore() throws IOException {
    // Its cover said "Engineering dossier", the first user's word, for a nurse's and a teacher's.
    assertThat(build().dossier()).contains("Dossier").doesNotContain("Engineering");
  }

  @Test
  void anInterestsKeywordsArePrintedBesideIt() throws IOException {
    Built b = build();
    String interests = "Coaching (FA Level 1 football coach, girls' U12), Chess";
    assertThat(oneLine(b.pdf())).contains(interests);
    assertThat(oneLine(b.text())).contains(interests);
    assertThat(b.markdown()).contains(interests);
  }

  @Test
  void bracketsInsideBracketsAreSetSquare() throws IOException {
    Built b = build();
    String languages = "English (Native), Spanish (Conversational [medical Spanish certificate])";
    assertThat(oneLine(b.pdf())).contains(languages);
    assertThat(oneLine(b.text())).contains(languages);
    assertThat(oneLine(b.dossier()))
        .contains("Spanish (Conversational [medical Spanish certificate])");
  }

  @Test
  void aPlaceStandsAtTheEndOfItsOrganisationsLineWhenTheHeadTakesTwoLines() throws IOException {
    // A head too long for one line sets the organisation on a line of its own: its place used to
    // take a third line, alone, a line lost in every such entry of a full page.
    Path out =
        built(
            """
            basics: {name: Maria Santos, email: maria@example.org}
            work:
              - position: Staff Nurse II / Charge Nurse, Medical Intensive Care Unit (MICU)
                name: Massachusetts General Hospital
                location: Boston, MA
                startDate: "2019-09"
                highlights: [Charge nurse for a 20-bed unit.]
            """);
    assertThat(PdfReadback.of(Files.readAllBytes(out.resolve("Maria-Santos-Resume.pdf"))).text())
        .contains(
            """
            Staff Nurse II / Charge Nurse, Medical Intensive Care Unit (MICU) Sep 2019 – Present
            Massachusetts General Hospital Boston, MA
            """);
  }

  @Test
  void anEntrysLinksAreLinksOnItsTitleOrItsOrganisation() throws IOException {
    // A project's or a paper's address is the thing's own; an employer's or a school's is the
    // organisation's. Both were printed nowhere but in the web page's organisation.
    Path out =
        built(
            """
            basics: {name: Maria Santos, email: maria@example.org}
            work:
              - {position: Nurse, name: Mass General, url: "https://www.massgeneral.org", startDate: "2019-09"}
            projects:
              - {name: Sepsis Alert, url: "https://github.com/msantos/sepsis-alert", description: An early warning score.}
            """);
    assertThat(PdfReadback.of(Files.readAllBytes(out.resolve("Maria-Santos-Resume.pdf"))).links())
        .contains("https://www.massgeneral.org", "https://github.com/msantos/sepsis-alert");
    assertThat(Files.readString(out.resolve("Maria-Santos-Resume.md"), StandardCharsets.UTF_8))
        .contains(
            "### Nurse — [Mass General](https://www.massgeneral.org)",
            "### [Sepsis Alert](https://github.com/msantos/sepsis-alert)");
    assertThat(Files.readString(out.resolve("Maria-Santos-Resume.html"), StandardCharsets.UTF_8))
        .contains(
            "<a href=\"https://www.massgeneral.org\">Mass General</a>",
            "<a href=\"https://github.com/msantos/sepsis-alert\">Sepsis Alert</a>");
  }

  @Test
  void aSkillsLevelAProjectsRolesAndACompanysDescriptionArePrinted() throws IOException {
    Path out =
        built(
            """
            basics: {name: Maria Santos, email: maria@example.org}
            work:
              - {position: Engineer, name: Ledgerly, description: A payments start-up of 40.,
                 summary: Led the ledger team., startDate: "2019-09"}
            projects:
              - {name: Sepsis Alert, roles: [Team lead], keywords: [Python], description: A score.}
            skills:
              - {name: Languages, level: Advanced, keywords: [Java, Go]}
            """);
    String pdf =
        oneLine(PdfReadback.of(Files.readAllBytes(out.resolve("Maria-Santos-Resume.pdf"))).text());
    String text = oneLine(Files.readString(out.resolve("Maria-Santos-Resume.txt")));
    for (String printed :
        java.util.List.of(
            "A payments start-up of 40. Led the ledger team.",
            "Team lead · Python",
            "Languages (Advanced): Java, Go")) {
      assertThat(pdf).contains(printed);
      assertThat(text).contains(printed);
    }
  }

  @Test
  void whatNoDocumentPrintsIsSaid() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("resume.yaml"),
            """
            basics: {name: Maria Santos, email: maria@example.org}
            references:
              - {name: Dr A. Patel, reference: Available on request}
            projects:
              - {name: Sepsis Alert, type: application, description: A score.}
            """);
    assertThat(warnings(file))
        .contains(
            "resume.yaml:3:5: warning: references are printed in no document",
            "resume.yaml:5:32: warning: a project's 'type' is printed in no document");
  }

  @Test
  void aResumeInAnotherLanguageWhoseWordsStayEnglishIsSaid() throws IOException {
    // Found by trying real résumés: a French one read "mars 2021 – Present" under EXPERIENCE, and
    // vitae validate said ok.
    String french =
        """
        basics: {name: Claire Martin, email: claire@martin.fr}
        locale: {language: fr-FR%s}
        work:
          - {position: Designer, name: Studio, startDate: "2021-03"}
        """;
    Path file = Files.writeString(dir.resolve("resume.yaml"), french.formatted(""));
    assertThat(warnings(file))
        .contains(
            "resume.yaml:2:20: warning: the résumé is in 'fr-FR', and the words vitae prints"
                + " itself (headings, 'Present', the contact labels) stay English");
    Files.writeString(file, french.formatted(", words: {work: Expérience, present: aujourd'hui}"));
    BuildResult.Built given =
        Letters.built(Pipeline.shipped().build(BuildRequest.of(file, dir.resolve("out"))));
    assertThat(given.warnings().diagnostics()).noneMatch(d -> d.message().contains("stay English"));
  }

  /** The warnings of a build of {@code file}, as the command line prints them. */
  private String warnings(Path file) {
    BuildResult.Built built =
        Letters.built(Pipeline.shipped().build(BuildRequest.of(file, dir.resolve("out"))));
    return dev.vitae.source.DiagnosticFormatter.format(
        built.warnings().source(), built.warnings().diagnostics());
  }

  /** The output folder of a build of {@code yaml} as resume.yaml. */
  private Path built(String yaml) throws IOException {
    Path file = Files.writeString(dir.resolve("resume.yaml"), yaml);
    Path out = dir.resolve("out");
    Letters.built(Pipeline.shipped().build(BuildRequest.of(file, out)));
    return out;
  }
}
