package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import dev.vitae.tailor.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word copies open in LibreOffice (headless, Debian {@code libreoffice-writer-nogui}) and stay
 * on the pages they are meant for when it converts them to PDF: the résumé one page, the letter one
 * page, the dossier on about as many pages as its PDF, in both themes. The theme's fonts are
 * installed for it, as on a machine that has them.
 */
class WordCopyLibreOfficeTest {

  @TempDir Path dir;

  /** The pages LibreOffice sets the dossier's Word copy on, measured: 12 in both themes. */
  private static final int PAGES_LOW = 11;

  private static final int PAGES_HIGH = 13;

  @Test
  void eachWordCopyOpensInLibreOfficeOnOnePage() throws IOException, InterruptedException {
    Soffice.assumeInstalled();
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (String theme : List.of("modern", "classic")) {
      BuildRequest request =
          BuildRequest.of(Samples.SAMPLE, dir.resolve("out-" + theme))
              .withFlags(
                  new Profile.Flags(
                      List.of(), List.of(), List.of("dossier", "docx"), List.of(), theme))
              .withLetter(Letters.cover(Letters.LETTER));
      BuildResult.Built built = Letters.built(Pipeline.shipped().build(request));
      for (String name :
          List.of("Tushar-Resume.docx", "Tushar-Cover-Letter.docx", "Tushar-Dossier.docx")) {
        Files.write(docs.resolve(theme + "-" + name), Letters.file(built, name).bytes());
      }
    }

    Soffice.toPdf(
        docs, Files.createDirectories(dir.resolve("work")), Optional.of(Path.of("fonts")));
    for (String theme : List.of("modern", "classic")) {
      PdfReadback resume =
          PdfReadback.of(Files.readAllBytes(docs.resolve(theme + "-Tushar-Resume.pdf")));
      PdfReadback letter =
          PdfReadback.of(Files.readAllBytes(docs.resolve(theme + "-Tushar-Cover-Letter.pdf")));
      assertThat(resume.pages()).as(theme + " résumé").isEqualTo(1);
      assertThat(letter.pages()).as(theme + " letter").isEqualTo(1);
      assertThat(resume.text()).contains("Tushar", "EXPERIENCE", "Software Developer");
      assertThat(letter.text()).contains("Dear Ms. Rivera,", "Enclosures: Résumé, Dossier");
      PdfReadback dossier =
          PdfReadback.of(Files.readAllBytes(docs.resolve(theme + "-Tushar-Dossier.pdf")));
      // about as many pages as the dossier PDF's 11: the Word copy has no contents and no cover
      // page
      assertThat(dossier.pages()).as(theme + " dossier").isBetween(PAGES_LOW, PAGES_HIGH);
      assertThat(dossier.text())
          .containsSubsequence(
              "Tushar",
              "Systems I've built",
              "System dossiers",
              "Community Infrastructure and Logging Platform",
              "Architecture visualization",
              "Event Source",
              "Production timeline",
              "Open a channel")
          .doesNotContain("↓");
      assertThat(resume.fonts())
          .anyMatch(f -> f.contains(theme.equals("modern") ? "SourceSans3" : "SourceSerif4"));
    }
  }
}
