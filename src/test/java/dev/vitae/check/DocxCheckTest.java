package dev.vitae.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.WordCopies;
import dev.vitae.model.Theme;
import dev.vitae.pipeline.BaseDocuments;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.render.docx.DocxLook;
import dev.vitae.render.docx.ResumeDocx;
import dev.vitae.view.Line;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ViewText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Word copy read back with POI, paragraph by paragraph, as a build reads each one it writes:
 * every string of the view it was made from, in order and contiguous, compared as a PDF's text
 * layer is; a title and an author; a file that is a Word document at all.
 */
class DocxCheckTest {

  static ResumeView view;
  static byte[] docx;

  @BeforeAll
  static void wordCopy() {
    view =
        BaseDocuments.create()
            .resume(Samples.resume(), new BuildOptions(Paper.LETTER, Instant.EPOCH), "x")
            .fittedView();
    docx = ResumeDocx.of(view, DocxLook.of(Theme.MODERN), Instant.EPOCH);
  }

  static Expectation all() {
    return new Expectation(0, ViewText.of(view));
  }

  static String aBullet() {
    return view.sections().stream()
        .flatMap(s -> s.entries().stream())
        .flatMap(e -> e.bullets().stream())
        .map(Line::plain)
        .skip(3)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSamplesWordCopyHoldsEveryStringOfItsViewInOrder() {
    CheckReport r = DocxCheck.check("Tushar-Resume.docx", docx, all());

    assertThat(r.problems()).isEmpty();
    assertThat(r.bytes()).isEqualTo(docx.length);
    assertThat(ViewText.of(view)).hasSizeGreaterThan(50);
  }

  @Test
  void theHebrewResumesWordCopyHoldsEveryStringOfItsViewInWrittenOrder() throws IOException {
    ResumeView hebrew =
        BaseDocuments.create()
            .resume(
                Samples.load(
                    "resume.yaml", Files.readAllBytes(Path.of("examples/hebrew/resume.yaml"))),
                new BuildOptions(Paper.LETTER, Instant.EPOCH),
                "x")
            .fittedView();
    byte[] bytes = ResumeDocx.of(hebrew, DocxLook.of(Theme.MODERN), Instant.EPOCH);

    CheckReport r =
        DocxCheck.check("Dana-Resume.docx", bytes, new Expectation(0, ViewText.of(hebrew)));

    assertThat(r.problems()).isEmpty();
    assertThat(ViewText.of(hebrew)).hasSizeGreaterThan(20).anyMatch(s -> s.contains("דנה"));
  }

  @Test
  void aWordCopyWithABulletMissingFailsNamingTheBullet() {
    String bullet = aBullet();
    byte[] without = WordCopies.withoutParagraph(docx, bullet);

    CheckReport r = DocxCheck.check("Tushar-Resume.docx", without, all());

    assertThat(r.ok()).isFalse();
    assertThat(r.problems())
        .containsExactly(
            "\"" + PdfCheck.shorten(bullet) + "\" is missing from the document's text");
  }

  @Test
  void stringsOutOfOrderAreFound() {
    List<String> strings = ViewText.of(view);
    String first = strings.get(strings.size() - 1);
    CheckReport r =
        DocxCheck.check(
            "Tushar-Resume.docx", docx, new Expectation(0, List.of(first, strings.get(1))));

    assertThat(r.problems())
        .containsExactly(
            "\""
                + PdfCheck.shorten(strings.get(1))
                + "\" is in the document's text, but out of order");
  }

  @Test
  void aWordDocumentWithoutTitleOrAuthorFails() throws IOException {
    ByteArrayOutputStream bare = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("Tushar");
      doc.getProperties().getCoreProperties().setCreator(""); // POI names itself otherwise
      doc.write(bare);
    }

    CheckReport r =
        DocxCheck.check("a.docx", bare.toByteArray(), new Expectation(0, List.of("Tushar")));

    assertThat(r.problems())
        .containsExactly("no document title in the properties", "no author in the properties");
  }

  @Test
  void somethingThatIsNotAWordDocumentIsReported() {
    for (byte[] bytes :
        List.of(
            "not a docx".getBytes(StandardCharsets.UTF_8), new byte[0], new byte[] {'P', 'K'})) {
      CheckReport r = DocxCheck.check("a.docx", bytes, Expectation.ANY);
      assertThat(r.problems())
          .singleElement()
          .asString()
          .startsWith("not a readable Word document");
    }
  }
}
