package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfPages;
import dev.vitae.Samples;
import dev.vitae.model.Resume;
import dev.vitae.model.Theme;
import dev.vitae.render.docx.DocxLook;
import dev.vitae.render.docx.DossierDocx;
import dev.vitae.view.DossierViews;
import dev.vitae.view.Paper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Projects and languages reach the dossier: projects as a part of their own after the work timeline
 * (in the bookmarks), languages under the credentials, in the PDF, the text, the Markdown and the
 * Word copy.
 */
class DossierProjectsTest {

  private static final Resume RESUME =
      Samples.load(
          "projects.yaml",
          """
          basics:
            name: "Ada Lovelace"
          work:
            - name: "Analytical Engines Ltd"
              position: "Engineer"
              startDate: "2020-01"
              highlights: ["Wrote the first program."]
          projects:
            - name: "Pollen Alert"
              entity: "Open source"
              description: "An app that warns allergy sufferers of high pollen counts."
              highlights: ["Reached 50,000 users in its first season."]
              keywords: ["Kotlin", "PostgreSQL"]
              startDate: "2021-03"
          education:
            - institution: "University of London"
              studyType: "BSc"
              area: "Mathematics"
          languages:
            - language: "French"
              fluency: "Native"
            - language: "English"
              fluency: "Fluent"
          """
              .getBytes(StandardCharsets.UTF_8));

  private static final BaseDocuments.DossierBuilt BUILT =
      BaseDocuments.create()
          .dossier(RESUME, new BuildOptions(Paper.LETTER, Instant.EPOCH), "Ada-Lovelace-Dossier");

  private static String text(String kind) {
    return new String(SampleDossierTest.document(BUILT, kind).bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void thePdfHasAProjectsPartAfterTheTimelineAndTheLanguagesUnderCredentials() {
    PdfPages pdf =
        PdfPages.of(SampleDossierTest.document(BUILT, "dossier.pdf").bytes(), "Ada Lovelace");
    assertThat(pdf.bookmarks())
        .extracting(PdfPages.Bookmark::title)
        .containsExactly("Experience", "Projects", "Credentials");
    assertThat(DossierChecks.body(pdf))
        .containsSubsequence(
            "Experience",
            "Wrote the first program.",
            "Projects",
            "Pollen Alert — Open source",
            "Kotlin, PostgreSQL",
            "An app that warns allergy sufferers of high pollen counts.",
            "Reached 50,000 users in its first season.",
            "Credentials",
            "Languages",
            "French (Native), English (Fluent)");
  }

  @Test
  void theTextTheMarkdownAndTheWordCopyHoldThemToo() throws IOException {
    assertThat(text("dossier.txt"))
        .containsSubsequence(
            "Projects\n========",
            "Pollen Alert — Open source",
            "Reached 50,000 users",
            "Languages\nFrench (Native), English (Fluent)");
    assertThat(text("dossier.md"))
        .containsSubsequence(
            "## Projects",
            "### Pollen Alert — Open source",
            "- Reached 50,000 users in its first season.",
            "### Languages",
            "French (Native), English (Fluent)");
    byte[] docx =
        DossierDocx.of(
            DossierViews.of(RESUME, Paper.LETTER), DocxLook.of(Theme.MODERN), Instant.EPOCH);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      assertThat(words.getText())
          .containsSubsequence(
              "Projects", "Pollen Alert — Open source", "Languages", "French (Native)");
    }
  }
}
