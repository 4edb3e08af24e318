package dev.vitae.check;

import static org.assertj.core.api.Assertions.assertThat;

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
    return ENGINE.layout(doc).write(new PdfStamp(Instant.EPOCH, new byte[] {1}));
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
  void aStringWrappingBesideAnotherColumnIsFoundInItsPieces() {
    // The right cell is read between the lines of the left one: "Private Voice Real-time System
    // Channel …".
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
  void aStringWrappingPastALineOfAnotherCellIsFoundInItsPieces() {
    // Found by fuzzing: a diagram's step number, centred beside a step name that wraps over six
    // lines, is read as a line of its own between the name's third and fourth.
    String name =
        "API Coshboards, and transcripts as product surfaces. They shorten incidents, explain system "
            + "behavior, and build trust with internal teams.";
    String extracted =
        "01 Client Request order, tracking, profile\n↓\nAPI Coshboards, and \ntranscripts as product \n"
            + "surfaces. They shorten \n02\nincidents, explain system \nbehavior, and build trust \nwith internal teams.\n";
    List<String> problems = new ArrayList<>();
    TextOrder.check(extracted, List.of("Client Request", name), false, problems);
    assertThat(problems).isEmpty();
    TextOrder.check(extracted, List.of(name.replace("explain", "explains")), false, problems);
    assertThat(problems).singleElement().asString().endsWith("is missing from the text layer");
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
        ") אקמה — WWWW 6لالاWם xetpce ed <block end>, but found '<block mapp/tmp/jazzer-traversalمهندس\n"
            + "(בע\"מ\n";
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

  @Test
  void somethingThatIsNotAPdfIsReported() {
    CheckReport r = PdfCheck.check("a.pdf", "hello".getBytes(), Expectation.ANY);
    assertThat(r.ok()).isFalse();
    assertThat(r.problems().get(0)).startsWith("not a readable PDF");
  }
}
