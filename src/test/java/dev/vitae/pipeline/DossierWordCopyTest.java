package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.check.CheckReport;
import dev.vitae.check.DocxCheck;
import dev.vitae.model.Theme;
import dev.vitae.render.docx.DocxLook;
import dev.vitae.render.docx.DossierDocx;
import dev.vitae.view.DossierText;
import dev.vitae.view.DossierView;
import dev.vitae.view.DossierViews;
import dev.vitae.view.Paper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossier's Word copy, read back with POI: every string of the dossier in order, the parts as
 * Heading 1 and their items as Heading 2 (Word's navigation pane lists what the PDF's bookmarks
 * do), each figure's steps a numbered list of its own with no arrow glyph, each system linked to
 * its dossier, the parts the PDF opens on a new page opening one, and no layout tricks.
 */
class DossierWordCopyTest {

  @TempDir Path dir;

  private Document dossierDocx(String... only) {
    BuildResult.Built built =
        Letters.built(Pipeline.shipped().build(Letters.request(Samples.SAMPLE, dir, only)));
    return Letters.file(built, "Tushar-Dossier.docx");
  }

  private static XWPFDocument read(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static List<String> styled(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }

  @Test
  void aBuildOfTheDossierAndWordCopiesWritesTheDossiersWordCopy() {
    BuildResult.Built built =
        Letters.built(
            Pipeline.shipped().build(Letters.request(Samples.SAMPLE, dir, "dossier", "docx")));
    assertThat(built.written())
        .extracting(Document::fileName)
        .containsExactly(
            "Tushar-Dossier.pdf", "Tushar-Resume.docx", "Tushar-Dossier.docx", "manifest.json");
    assertThat(built.builds().get(0).checks())
        .extracting(CheckReport::file)
        .contains("Tushar-Dossier.docx");
    assertThat(built.builds().get(0).checks()).allMatch(CheckReport::ok);
  }

  @Test
  void withoutTheDossierThereIsNoDossierWordCopy() {
    BuildResult.Built built =
        Letters.built(Pipeline.shipped().build(Letters.request(Samples.SAMPLE, dir, "docx")));
    assertThat(built.written())
        .extracting(Document::fileName)
        .containsExactly("Tushar-Resume.docx", "manifest.json");
  }

  @Test
  void itHoldsTheWholeDossierInOrderUnderWordHeadings() throws IOException {
    DossierView view = DossierViews.of(Samples.resume(), Paper.LETTER);
    try (XWPFDocument doc = read(dossierDocx("dossier", "docx").bytes())) {
      assertThat(styled(doc, "Title")).containsExactly("Tushar");
      assertThat(styled(doc, "Heading1"))
          .containsExactly(
              "Systems I've built",
              "System dossiers",
              "Architecture visualization",
              "Engineering notes",
              "Technical inventory",
              "Production timeline",
              "Operating philosophy",
              "Credentials",
              "Open a channel");
      assertThat(styled(doc, "Heading2"))
          .contains(
              "Discord Logging Platform",
              "Community Infrastructure and Logging Platform",
              "ONDC / Shiprocket Backend Systems",
              "Event Ingestion Pipeline",
              "Redis Caching Is a Contract, Not a Shortcut");
      assertThat(styled(doc, "Heading3"))
          .contains("Problem", "Architecture", "Technical decisions", "Education", "Awards");
      String text = DocxCheckText.of(doc);
      assertThat(text).doesNotContain("↓", "→");
      List<String> strings = DossierText.strings(view);
      assertThat(strings).hasSizeGreaterThan(150);
      WordCopyTest.assertInOrder(text, strings);
      WordCopyTest.assertNoLayoutTricks(doc);
      var core = doc.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo("Tushar — Dossier");
      assertThat(core.getCreator()).isEqualTo("Tushar");
    }
  }

  @Test
  void eachFiguresStepsAreANumberedListOfTheirOwn() throws IOException {
    try (XWPFDocument doc = read(dossierDocx("dossier", "docx").bytes())) {
      List<XWPFParagraph> steps =
          doc.getParagraphs().stream().filter(p -> "Step".equals(p.getStyle())).toList();
      assertThat(steps)
          .extracting(p -> p.getText().replaceAll(" — .*", ""))
          .startsWith("Gateway Events", "Ingestion Handlers")
          .containsSubsequence(
              "Event Source", "Validate", "Dispatch", "Persist", "Observe", "Action");
      assertThat(steps).allMatch(p -> "decimalZero".equals(p.getNumFmt()));
      List<BigInteger> lists = new ArrayList<>();
      steps.forEach(
          p -> {
            if (!lists.contains(p.getNumID())) {
              lists.add(p.getNumID());
            }
          });
      assertThat(lists)
          .as("one list per dossier's flow and per figure")
          .hasSize(4 + 3)
          .doesNotContain(BigInteger.ONE);
    }
  }

  @Test
  void eachSystemAndTimelineJobLinksToItsDossierInsideTheDocument() throws IOException {
    try (XWPFDocument doc = read(dossierDocx("dossier", "docx").bytes())) {
      String body = doc.getDocument().xmlText();
      List<String> anchors = new ArrayList<>();
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("w:anchor=\"([^\"]+)\"").matcher(body);
      while (m.find()) {
        anchors.add(m.group(1));
      }
      assertThat(anchors).as("six systems and two timeline jobs").hasSize(8);
      for (String anchor : anchors) {
        assertThat(body).as(anchor).contains("w:name=\"" + anchor + "\"");
      }
      XWPFParagraph target =
          doc.getParagraphs().stream()
              .filter(p -> p.getText().equals("ONDC / Shiprocket Backend Systems"))
              .filter(p -> "Heading2".equals(p.getStyle()))
              .findFirst()
              .orElseThrow();
      assertThat(target.getCTP().getBookmarkStartList())
          .extracting(b -> b.getName())
          .containsAnyElementsOf(anchors);
    }
  }

  @Test
  void thePartsThePdfOpensOnANewPageOpenOneInWord() throws IOException {
    try (XWPFDocument doc = read(dossierDocx("dossier", "docx").bytes())) {
      List<String> breaks =
          doc.getParagraphs().stream()
              .filter(XWPFParagraph::isPageBreak)
              .map(XWPFParagraph::getText)
              .toList();
      assertThat(breaks)
          .containsExactly(
              "Systems I've built",
              "System dossiers",
              "system dossier / 02 · Shiprocket",
              "system dossier / 03 · Magnolia Pearl",
              "system dossier / 04 · Discord communities",
              "Architecture visualization");
    }
  }

  @Test
  void theReadBackFindsAStringTheWordCopyLeftOut() {
    DossierView view = DossierViews.of(Samples.resume(), Paper.LETTER);
    byte[] docx = DossierDocx.of(view, DocxLook.of(Theme.MODERN), Instant.EPOCH);
    List<String> expected = new ArrayList<>(DossierText.strings(view));
    expected.add(expected.size() / 2, "Kubernetes Control Plane");
    CheckReport report =
        DocxCheck.check("Tushar-Dossier.docx", docx, SourceText.wordCopy(expected));
    assertThat(report.ok()).isFalse();
    assertThat(String.join("\n", report.problems())).contains("Kubernetes Control Plane");
    assertThat(DocxCheck.check("x.docx", docx, SourceText.wordCopy(DossierText.strings(view))).ok())
        .isTrue();
  }

  /** The text of a Word document as the read-back takes it. */
  private static final class DocxCheckText {
    static String of(XWPFDocument doc) {
      List<String> out = new ArrayList<>();
      doc.getParagraphs().forEach(p -> out.add(p.getText()));
      return String.join("\n", out);
    }
  }
}
