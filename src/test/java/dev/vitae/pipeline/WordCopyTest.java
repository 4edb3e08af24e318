package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.fit.Inputs;
import dev.vitae.tailor.Profile;
import dev.vitae.view.Line;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.Section;
import dev.vitae.view.ViewText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word copies, read back with POI as a résumé parser or Word reads them: every string of the
 * fitted résumé in order, Heading 1 and 2 styles with outline levels, bullets in a Word list, core
 * properties, the theme's font with fallbacks, one column and no tables or text boxes.
 */
class WordCopyTest {

  @TempDir Path dir;

  private BuildResult.Built build(String theme, String... only) {
    BuildRequest request =
        BuildRequest.of(Samples.SAMPLE, dir.resolve("out-" + theme))
            .withFlags(new Profile.Flags(List.of(), List.of(), List.of(only), List.of(), theme))
            .withLetter(Letters.cover(Letters.LETTER));
    return Letters.built(Pipeline.shipped().build(request));
  }

  /** The fitted résumé the PDF was made from, as the base build makes it. */
  private static ResumeView fitted() {
    return BaseDocuments.create()
        .resume(Samples.resume(), new BuildOptions(Paper.LETTER, Instant.EPOCH), "x")
        .fittedView();
  }

  private static XWPFDocument read(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static String text(XWPFDocument doc) {
    List<String> out = new ArrayList<>();
    doc.getParagraphs().forEach(p -> out.add(p.getText()));
    return String.join("\n", out);
  }

  /** Each string stands whole in the document's text, after the one before it. */
  static void assertInOrder(String text, List<String> strings) {
    String flat = text.replace('\t', ' ').replaceAll("\\s+", " ");
    int at = 0;
    for (String s : strings) {
      String want = s.replaceAll("\\s+", " ");
      int found = flat.indexOf(want, at);
      assertThat(found).as("\"%s\" after position %d", want, at).isGreaterThanOrEqualTo(0);
      at = found + want.length();
    }
  }

  @Test
  void theResumesWordCopySaysWhatItsPdfSaysInOrder() throws IOException, InvalidFormatException {
    BuildResult.Built built = build("modern", "resume", "docx");
    assertThat(built.written())
        .extracting(Document::fileName)
        .containsExactly(
            "Tushar-Resume.pdf", "Tushar-Resume.docx", "Tushar-Cover-Letter.docx", "manifest.json");

    ResumeView view = fitted();
    try (XWPFDocument doc = read(Letters.file(built, "Tushar-Resume.docx").bytes())) {
      assertInOrder(text(doc), ViewText.of(view));
      // what the fit left out of the PDF is left out of the Word copy too
      for (String dropped : built.builds().get(0).fit().orElseThrow().dropped()) {
        String quoted = dropped.replaceAll("^.*\"(.*?)…?\"$", "$1");
        assertThat(text(doc)).as(dropped).doesNotContain(quoted);
      }
      assertThat(headings(doc, "Heading1")).containsExactly("Tushar");
      assertThat(headings(doc, "Heading2"))
          .containsExactlyElementsOf(view.sections().stream().map(Section::heading).toList());
      assertThat(outlineLevel(doc, "Heading1")).isEqualTo(0);
      assertThat(outlineLevel(doc, "Heading2")).isEqualTo(1);
      assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");

      List<String> bullets =
          view.sections().stream()
              .flatMap(s -> s.entries().stream())
              .flatMap(e -> e.bullets().stream())
              .map(Line::plain)
              .toList();
      assertThat(bullets).hasSizeGreaterThan(10);
      for (String b : bullets) {
        XWPFParagraph p =
            doc.getParagraphs().stream()
                .filter(x -> x.getText().equals(b))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph is the bullet " + b));
        assertThat(p.getNumID()).as(b).isNotNull();
        assertThat(p.getNumFmt()).as(b).isEqualTo("bullet");
      }
      assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().startsWith("•"));

      assertNoLayoutTricks(doc);
      var core = doc.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo("Tushar — Résumé");
      assertThat(core.getCreator()).isEqualTo("Tushar");
      assertThat(core.getSubject()).isEqualTo(view.info().subject());
      assertThat(core.getKeywords()).isEqualTo(view.info().keywords()).contains("Java");
      assertFonts(doc, "Source Sans 3", "Calibri", "swiss");
    }
  }

  @Test
  void theLettersWordCopyHoldsTheWholeLetterInOrder() throws IOException, InvalidFormatException {
    BuildResult.Built built = build("classic", "docx");
    try (XWPFDocument doc = read(Letters.file(built, "Tushar-Cover-Letter.docx").bytes())) {
      List<String> expected = new ArrayList<>();
      expected.addAll(
          List.of(
              "Tushar",
              "backend engineer / distributed systems / operational tooling",
              "tushar@example.com",
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
      assertInOrder(text(doc), expected);
      for (String p : Letters.PARAGRAPHS) {
        assertThat(doc.getParagraphs())
            .as("a paragraph of its own")
            .anyMatch(x -> x.getText().equals(p));
      }
      assertThat(headings(doc, "Heading1")).containsExactly("Tushar");
      assertThat(doc.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Tushar — Cover letter");
      assertThat(doc.getProperties().getCoreProperties().getSubject())
          .isEqualTo("Backend Engineer — Acme Corp");
      assertNoLayoutTricks(doc);
      assertFonts(doc, "Source Serif 4", "Cambria", "roman");
    }
    try (XWPFDocument resume = read(Letters.file(built, "Tushar-Resume.docx").bytes())) {
      assertFonts(resume, "Source Serif 4", "Cambria", "roman");
    }
  }

  @Test
  void aResumeThatHadToDropContentDropsTheSameFromItsWordCopy() throws IOException {
    Path file = dir.resolve("resume.yaml");
    java.nio.file.Files.writeString(file, Inputs.yaml(8, 8, java.util.Set.of()));
    BuildResult.Built built =
        Letters.built(
            Pipeline.shipped()
                .build(
                    BuildRequest.of(file, dir.resolve("out"))
                        .withFlags(
                            new Profile.Flags(
                                List.of(), List.of(), List.of("resume", "docx"), List.of()))));
    assertThat(built.builds().get(0).fit().orElseThrow().dropped()).isNotEmpty();
    Document pdf =
        built.written().stream()
            .filter(d -> d.kind().equals("resume.pdf"))
            .findFirst()
            .orElseThrow();
    Document docx =
        built.written().stream()
            .filter(d -> d.kind().equals("resume.docx"))
            .findFirst()
            .orElseThrow();
    String printed = dev.vitae.StreamText.of(pdf.bytes()).flat();
    try (XWPFDocument doc = read(docx.bytes())) {
      List<String> wordBullets =
          doc.getParagraphs().stream()
              .filter(p -> p.getNumID() != null)
              .map(XWPFParagraph::getText)
              .toList();
      List<String> kept = new ArrayList<>();
      int dropped = 0;
      for (int j = 0; j < 8; j++) {
        for (int b = 0; b < 8; b++) {
          String bullet = Inputs.bullet(j, b);
          if (printed.contains(bullet)) {
            kept.add(bullet);
          } else {
            dropped++;
          }
        }
      }
      assertThat(dropped).isPositive();
      assertThat(wordBullets).containsExactlyElementsOf(kept);
    }
  }

  @Test
  void twoBuildsWriteTheSameBytes() {
    byte[] first = Letters.file(build("modern", "docx"), "Tushar-Resume.docx").bytes();
    byte[] second = Letters.file(build("modern", "docx"), "Tushar-Resume.docx").bytes();
    assertThat(second).isEqualTo(first);
  }

  private static List<String> headings(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }

  private static int outlineLevel(XWPFDocument doc, String style) {
    XWPFStyle s = doc.getStyles().getStyle(style);
    return s.getCTStyle().getPPr().getOutlineLvl().getVal().intValue();
  }

  /** One column, no tables, no text boxes, no frames: a single flow of paragraphs. */
  static void assertNoLayoutTricks(XWPFDocument doc) throws IOException {
    assertThat(doc.getTables()).isEmpty();
    String body = doc.getDocument().xmlText();
    assertThat(body).doesNotContain("txbxContent", "v:textbox", "w:framePr", "w:tbl>");
    var sect = doc.getDocument().getBody().getSectPr();
    assertThat(sect.isSetCols() && sect.getCols().isSetNum()).isFalse();
  }

  /** The styles set the theme's font; the font table names its fallback and family. */
  private static void assertFonts(XWPFDocument doc, String font, String fallback, String family)
      throws IOException, InvalidFormatException {
    var defaults = doc.getStyles().getDefaultRunStyle();
    assertThat(defaults.getRPr().getRFontsArray(0).getAscii()).isEqualTo(font);
    PackagePart table =
        doc.getPackagePart()
            .getRelatedPart(
                doc.getPackagePart()
                    .getRelationshipsByType(XWPFRelation.FONT_TABLE.getRelation())
                    .getRelationship(0));
    String xml = new String(table.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(xml)
        .contains(
            "<w:font w:name=\""
                + font
                + "\"><w:altName w:val=\""
                + fallback
                + "\"/><w:family w:val=\""
                + family
                + "\"/>",
            "<w:font w:name=\"" + fallback + "\">");
  }
}
