package dev.vitae.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.render.pdf.PdfEngine;
import dev.vitae.render.pdf.PdfStamp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfCheckTest {

  static final PdfEngine ENGINE = new PdfEngine(FontSet.shipped());

  static byte[] xhtml(String body) {
    String doc =
        """
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title>
        <meta name="title" content="A title"/><meta name="author" content="Ada"/>
        <style>body { font-family: 'Source Sans 3'; }</style></head><body>%s</body></html>
        """
            .formatted(body);
    return ENGINE.layout(doc).write(new PdfStamp(Instant.EPOCH, ""));
  }

  interface Drawing {
    void draw(PDFont font, PDPageContentStream s) throws IOException;
  }

  /** A one-page PDF drawn with PDFBox in Source Sans 3 at 12 pt, with a title and an author. */
  static byte[] pdfbox(Drawing drawing) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDFont font = PDType0Font.load(doc, FontSet.shipped().files().get(0).toFile());
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(font, 12);
        drawing.draw(font, s);
        s.endText();
      }
      doc.getDocumentInformation().setTitle("T");
      doc.getDocumentInformation().setAuthor("A");
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] pdfbox(boolean embedded, String text) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      var font =
          embedded
              ? PDType0Font.load(doc, FontSet.shipped().files().get(0).toFile())
              : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(font, 12);
        s.newLineAtOffset(72, 700);
        s.showText(text);
        s.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aGoodPdfPasses() {
    CheckReport r =
        PdfCheck.check(
            "a.pdf",
            xhtml("<p>Ada Lovelace</p><p>Analytical Engine</p>"),
            new Expectation(1, List.of("Ada Lovelace", "Analytical Engine")));
    assertThat(r.problems()).isEmpty();
    assertThat(r.pages()).isEqualTo(1);
    assertThat(r.fonts()).isEqualTo(1);
  }

  @Test
  void missingAndReorderedTextAndWrongPageCountAreFound() {
    CheckReport r =
        PdfCheck.check(
            "a.pdf",
            xhtml("<p>Second</p><p>First</p>"),
            new Expectation(2, List.of("First", "Second", "Third")));
    assertThat(r.problems())
        .containsExactly(
            "1 pages, expected 2",
            "\"Second\" is in the text layer, but out of order",
            "\"Third\" is missing from the text layer");
  }

  @Test
  void rightToLeftTextIsComparedOnItsLettersWhereItStands() {
    // In Arabic context the percent sign is drawn left of the number; PDFBox reads "٪99.95" back.
    byte[] pdf = xhtml("<p>توفر بنسبة 99.95٪.</p><p>שלום (עולם)</p><p>דנה כהן</p>");
    assertThat(
            PdfCheck.check(
                    "a.pdf", pdf, new Expectation(1, List.of("توفر بنسبة 99.95٪.", "שלום (עולם)")))
                .problems())
        .isEmpty();
    assertThat(
            PdfCheck.check(
                    "a.pdf",
                    pdf,
                    new Expectation(
                        1, List.of("דנה כהן", "שלום (עולם)", "توفير بنسبة 99.95٪", "דנה כהנא")))
                .problems())
        .containsExactly(
            "\"שלום (עולם)\" is in the text layer, but out of order",
            "\"توفير بنسبة 99.95٪\" is missing from the text layer",
            "\"דנה כהנא\" is missing from the text layer");
  }

  @Test
  void aStringWrappingInItsCellIsWholeInTheContentStream() {
    // Sorted by position the right cell would read between the lines of the left one; in the
    // order drawn, which is the order readers take, the left cell comes whole.
    String name =
        "Private Voice Channel System for Community Moderation and Support Operations Teams";
    byte[] pdf =
        xhtml(
            """
        <table style="width: 100%%"><tr><td style="width: 40%%">%s</td>
        <td style="text-align: right">Real-time System</td></tr></table>"""
                .formatted(name));
    assertThat(
            PdfCheck.check("a.pdf", pdf, new Expectation(1, List.of(name, "Real-time System")))
                .problems())
        .isEmpty();
    assertThat(
            PdfCheck.check(
                    "a.pdf", pdf, new Expectation(1, List.of(name.replace("Support", "Sales"))))
                .problems())
        .hasSize(1);
  }

  @Test
  void aStringIsNotStitchedFromPiecesWithOtherTextBetween() {
    // The read-back once joined a piece on one line with pieces on the lines after, past a line of
    // another cell; a reader that takes the text in order gets the step number inside the name.
    String name = "API Coshboards, and transcripts as product surfaces. They shorten incidents.";
    String extracted =
        "API Coshboards, and \ntranscripts as product \nsurfaces. They shorten \n02\nincidents.\n";
    List<String> problems = new ArrayList<>();
    TextOrder.check(extracted, List.of(name), false, problems);
    assertThat(problems)
        .containsExactly("\"" + PdfCheck.shorten(name) + "\" is missing from the text layer");
    problems.clear();
    TextOrder.check(extracted.replace("02\n", ""), List.of(name), false, problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void aMissingBulletThatSharesWordsWithItsNeighboursIsMissing() {
    // Its start is on one line and its end on the next: no string is stitched together from
    // pieces of others.
    byte[] pdf =
        xhtml(
            "<p>• Built the billing service in Go, cutting invoice time by half.</p>"
                + "<p>• Built the billing reports in Go, cutting review time by half.</p>");
    String missing = "Built the billing service in Go, cutting review time by half.";
    assertThat(PdfCheck.check("a.pdf", pdf, new Expectation(1, List.of(missing))).problems())
        .containsExactly("\"" + PdfCheck.shorten(missing) + "\" is missing from the text layer");
  }

  @Test
  void aWordDrawnAtItsLinesEndIsMissingFromItsSentence() throws IOException {
    // On the page: "Implemented Redis-based caching."; in the content stream "Redis" comes last,
    // as emphasised words once did. Sorting by position would hide it; readers do not sort.
    byte[] pdf =
        pdfbox(
            (font, s) -> {
              float gap = font.getStringWidth("Implemented ") / 1000 * 12;
              float word = font.getStringWidth("Redis") / 1000 * 12;
              s.newLineAtOffset(72, 700);
              s.showText("Implemented ");
              s.newLineAtOffset(gap + word, 0);
              s.showText("-based caching.");
              s.newLineAtOffset(-word, 0);
              s.showText("Redis");
            });
    assertThat(PdfReadback.of(pdf).text()).contains("Implemented Redis-based caching.");
    assertThat(
            PdfCheck.check(
                    "a.pdf", pdf, new Expectation(1, List.of("Implemented Redis-based caching.")))
                .problems())
        .contains("\"Implemented Redis-based caching.\" is missing from the text layer");
  }

  @Test
  void aDigitReadAfterALongLatinWordOnARightToLeftLineIsFoundOnItsLine() {
    // Found by fuzzing: "مهندس — שלב 3" before a long Latin name; PDFBox read the 3 after that
    // name.
    String extracted = "مهندس — שלב " + "f".repeat(61) + "\"priority — 3אקמה (בע\"מ)\"\n";
    List<String> problems = new ArrayList<>();
    TextOrder.check(extracted, List.of("مهندس — שלב 3"), false, problems);
    assertThat(problems).isEmpty();
    TextOrder.check(extracted, List.of("مهندس — שלב 4"), false, problems);
    assertThat(problems).containsExactly("\"مهندس — שלב 4\" is missing from the text layer");
  }

  @Test
  void aLatinStringReorderedOnARightToLeftLineIsFoundThereOnly() {
    // Found by fuzzing: a Latin title starting "3 \" before a Hebrew company, read back with the 3
    // after the rest of the title. On a line without right-to-left letters the order still counts.
    String title = "3 \\u200D\\u0644\\u200D\"";
    List<String> problems = new ArrayList<>();
    TextOrder.check(
        "u200D\\u0644\\u200D\\ 3\" — אקמה (בע\"מ)\n",
        List.of(title, "אקמה (בע\"מ)"),
        false,
        problems);
    assertThat(problems).isEmpty();
    TextOrder.check("u200D\\u0644\\u200D\\ 3\" — Acme\n", List.of(title), false, problems);
    assertThat(problems).containsExactly("\"" + title + "\" is missing from the text layer");
  }

  @Test
  void aRightToLeftNameWrappedAfterALineReadBackwardsIsFoundInItsPieces() {
    // Found by fuzzing: PDFBox read a long mixed line right to left, so the first piece of the name
    // that wraps at its end came first on it, and the rest of the line stood between the two
    // pieces.
    String extracted =
        """
        ) אקמה — WWWW 6لالاWם xetpce ed <block end>, but found '<block mapp/tmp/jazzer-traversalمهندس
        (בע"מ
        """;
    List<String> problems = new ArrayList<>();
    TextOrder.check(extracted, List.of("אקמה (בע\"מ)"), false, problems);
    assertThat(problems).isEmpty();
    TextOrder.check(extracted, List.of("אקמה (בע\"ם)", "אקמה (מע\"מ)"), false, problems);
    assertThat(problems)
        .containsExactly(
            "\"אקמה (בע\"ם)\" is missing from the text layer",
            "\"אקמה (מע\"מ)\" is missing from the text layer");
  }

  @Test
  void unsafeLinkSchemesAreFound() {
    CheckReport r =
        PdfCheck.check(
            "a.pdf",
            xhtml(
                "<p><a href=\"javascript:alert(1)\">x</a> <a href=\"https://example.com\">y</a></p>"),
            Expectation.ANY);
    assertThat(r.problems())
        .containsExactly(
            "link 'javascript:alert(1)' uses a scheme other than http, https, mailto or tel");
  }

  @Test
  void fontsThatAreNotEmbeddedAndMissingMetadataAreFound() throws IOException {
    CheckReport r = PdfCheck.check("a.pdf", pdfbox(false, "Hello"), Expectation.ANY);
    assertThat(r.problems())
        .containsExactly(
            "font Helvetica is not embedded",
            "no document title in the metadata",
            "no author in the metadata");
  }

  @Test
  void ligaturesInTheTextLayerAreFound() throws IOException {
    CheckReport r = PdfCheck.check("a.pdf", pdfbox(true, "\uFB01nance"), Expectation.ANY);
    assertThat(r.problems()).contains("the text layer holds U+FB01 (a ligature)");
  }

  /** Said with commas in every JVM locale (de-DE wrote 2.097.153; the german-locale run). */
  @Test
  void aFileTooLargeForApplicationFormsIsReportedInBytes() {
    byte[] big = new byte[(int) PdfCheck.MAX_BYTES + 1];
    CheckReport r = PdfCheck.check("a.pdf", big, Expectation.ANY);
    assertThat(r.ok()).isFalse();
    assertThat(r.problems())
        .contains("the file is 2,097,153 bytes; many application forms take at most 2,097,152");
  }

  @Test
  void somethingThatIsNotAPdfIsReported() {
    CheckReport r =
        PdfCheck.check(
            "a.pdf", "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII), Expectation.ANY);
    assertThat(r.ok()).isFalse();
    assertThat(r.problems().get(0)).startsWith("not a readable PDF");
  }
}
