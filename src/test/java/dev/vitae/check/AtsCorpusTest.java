package dev.vitae.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thirteen résumés of different shapes (src/test/resources/ats-corpus: one job, seven jobs, no
 * education, two degrees, accents, long titles, variants with {@code emphasize}, the classic theme
 * chosen by a variant, many contacts, every kind of section, a student, German words, right to left
 * on a mirrored page), each built in every variant and in both themes, and read back structurally
 * with PDFBox and with pdf.js: every name, contact, heading, title, company, date, place, school,
 * degree and bullet of the source is recovered, field by field.
 */
class AtsCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/ats-corpus");

  static final List<AtsBuilds.Built> built = new ArrayList<>();

  @BeforeAll
  static void build() throws IOException {
    Path out = Files.createTempDirectory("vitae-ats-corpus");
    for (Path source : sources()) {
      String name = source.getFileName().toString().replace(".yaml", "");
      for (String theme : List.of("modern", "classic")) {
        Path dir = out.resolve(theme + "-" + name);
        AtsBuilds.run(source, dir, "--theme", theme);
        built.addAll(AtsBuilds.collect(source, dir));
      }
    }
  }

  static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyResumeOfTheCorpusIsBuiltInEveryVariantAndBothThemes() throws IOException {
    assertThat(sources()).hasSizeGreaterThanOrEqualTo(12);
    // 13 résumés, 2 of them with variants (07: api and data; 08: classic), in two themes
    assertThat(built).hasSize(2 * (13 + 2 + 1));
    assertThat(built)
        .extracting(AtsBuilds.Built::file)
        .contains(
            "modern-07-emphasize/api/Lena-Fischer-Resume-api.pdf",
            "classic-08-classic/classic/Henry-Ashworth-Resume-classic.pdf",
            "classic-13-right-to-left/Dnh-Khn-Resume.pdf");
  }

  @Test
  void pdfBoxRecoversEveryFieldOfEveryResume() {
    for (AtsBuilds.Built b : built) {
      List<FieldCheck> rows = AtsCheck.compare(b.expected().fields(), read(b));
      assertThat(rows).as(b.file()).hasSizeGreaterThan(10);
      assertThat(rows.stream().filter(r -> !r.ok()).map(FieldCheck::toString))
          .as(b.file())
          .isEmpty();
    }
  }

  @Test
  void pdfJsRecoversEveryFieldOfEveryResume() throws Exception {
    PdfJs.assumeInstalled();
    for (AtsBuilds.Built b : built) {
      AtsResume byPdfJs = AtsCheck.read(PdfJs.items(b.pdf()));
      List<FieldCheck> rows = AtsCheck.compare(b.expected().fields(), byPdfJs);
      assertThat(rows.stream().filter(r -> !r.ok()).map(FieldCheck::toString))
          .as(b.file())
          .isEmpty();
      assertThat(byPdfJs).as(b.file()).isEqualTo(read(b));
    }
  }

  @Test
  void theFieldsOfTheHardestShapesAreRecoveredAsWritten() {
    AtsResume longTitles = read(file("modern-06-long-titles/"));
    AtsResume.Entry first = section(longTitles, "EXPERIENCE").entries().get(0);
    assertThat(first.head())
        .containsSubsequence(
            "Principal Software Engineer, Distributed Storage and Replication",
            "Jul 2018 – Present",
            "International Business Machines Corporation Research Laboratory",
            "Bengaluru, Karnataka");
    AtsResume links = read(file("modern-09-many-links/"));
    assertThat(links.profile())
        .contains(
            "github.com/twisniewski-rust",
            "www.linkedin.com/in/tomasz-wisniewski-rust",
            "Kraków, Małopolska");
    AtsResume sections = read(file("classic-10-sections/"));
    assertThat(section(sections, "AWARDS").entries())
        .extracting(AtsResume.Entry::head)
        .containsExactly(
            List.of("Best Public Service App", "Nov 2022", "French Tech Awards"),
            List.of("Hackathon Winner", "Jun 2020", "Mobility Hack Lyon"));
    AtsResume german = read(file("modern-12-german/"));
    assertThat(section(german, "BERUFSERFAHRUNG").entries().get(0).dates())
        .isEqualTo("Mär 2019 – heute");
  }

  @Test
  void aRightToLeftResumeReadsInItsOwnOrder() {
    // The page mirrors its table rows; they are drawn as read: a bullet's mark before its text, an
    // entry's title and organisation before its dates.
    for (AtsBuilds.Built b : built.stream().filter(x -> x.expected().mirroredPage()).toList()) {
      List<String> items = read(b).profile();
      AtsResume.Entry job = section(read(b), "ניסיון").entries().get(0);
      assertThat(job.head()).as(b.file()).startsWith("מהנדסת ראשית");
      assertThat(job.bullets())
          .as(b.file())
          .hasSize(2)
          .first()
          .asString()
          .contains("הובילה את המעבר");
      assertThat(items).as(b.file()).contains("dana@example.com");
    }
  }

  private static AtsBuilds.Built file(String prefix) {
    return built.stream().filter(b -> b.file().startsWith(prefix)).findFirst().orElseThrow();
  }

  private static AtsResume read(AtsBuilds.Built b) {
    try {
      return AtsCheck.read(b.pdf());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static AtsResume.Section section(AtsResume r, String heading) {
    return r.sections().stream()
        .filter(s -> s.heading().equals(heading))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + heading + " in " + r));
  }
}
