package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.vitae.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * The Word copy of a right-to-left résumé (the Hebrew example) is right to left, as its PDF is
 * mirrored: the document's default paragraph direction and its section, every paragraph ({@code
 * w:bidi}), every run of Hebrew letters ({@code w:rtl}), Hebrew as its complex-script language;
 * LibreOffice lays it out from the right, its Hebrew text extractable.
 */
class RightToLeftWordCopyTest {

  static final Path HEBREW = Path.of("examples/hebrew/resume.yaml");

  @TempDir Path dir;

  private byte[] wordCopy(Path file, String name) {
    BuildRequest request = Letters.request(file, dir.resolve("out-" + name), "resume", "docx");
    BuildResult.Built built = Letters.built(Pipeline.shipped().build(request));
    return built.written().stream()
        .filter(d -> d.fileName().endsWith(".docx"))
        .findFirst()
        .orElseThrow()
        .bytes();
  }

  static boolean hebrew(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HEBREW);
  }

  static boolean rtl(XWPFRun r) {
    CTRPr rPr = r.getCTR().getRPr();
    return rPr != null && rPr.sizeOfRtlArray() > 0;
  }

  @Test
  void theHebrewResumesWordCopyIsRightToLeftThroughout() throws IOException, XmlException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(wordCopy(HEBREW, "he")))) {
      var defaults = doc.getStyle().getDocDefaults();
      assertThat(defaults.getPPrDefault().getPPr().isSetBidi()).isTrue();
      assertThat(defaults.getRPrDefault().getRPr().getLangArray(0).getBidi()).isEqualTo("he");
      assertThat(doc.getDocument().getBody().getSectPr().isSetBidi()).isTrue();
      assertThat(doc.getParagraphs()).hasSizeGreaterThan(15);
      int hebrewRuns = 0;
      for (XWPFParagraph p : doc.getParagraphs()) {
        assertThat(p.getCTP().getPPr().isSetBidi()).as(p.getText()).isTrue();
        for (XWPFRun r : p.getRuns()) {
          String text = r.text();
          if (hebrew(text)) {
            hebrewRuns++;
            assertThat(rtl(r)).as(text).isTrue();
          } else if (text.contains("example.com")) {
            assertThat(rtl(r)).as(text).isFalse();
          }
        }
      }
      assertThat(hebrewRuns).isGreaterThan(15);
      assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("דנה כהן");
    }
  }

  @Test
  void aLeftToRightResumesWordCopyHasNoRightToLeftSettings() throws IOException, XmlException {
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(wordCopy(Samples.SAMPLE, "en")))) {
      assertThat(doc.getStyle().getDocDefaults().getPPrDefault().getPPr().isSetBidi()).isFalse();
      assertThat(doc.getDocument().getBody().getSectPr().isSetBidi()).isFalse();
      assertThat(doc.getParagraphs()).noneMatch(p -> p.getCTP().getPPr().isSetBidi());
      assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()))
          .noneMatch(RightToLeftWordCopyTest::rtl);
    }
  }

  /** A word's box on the page, as pdftotext -bbox reports it. */
  record Word(String text, double xMin, double xMax) {}

  private static final Pattern WORD =
      Pattern.compile(
          "<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\"[^>]*>([^<]*)</word>");

  @Test
  void libreOfficeSetsItFromTheRightAndItsHebrewTextExtracts()
      throws IOException, InterruptedException {
    Soffice.assumeInstalled();
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.write(docs.resolve("Hebrew.docx"), wordCopy(HEBREW, "he"));
    Soffice.toPdf(
        docs, Files.createDirectories(dir.resolve("work")), Optional.of(Path.of("fonts")));
    Path pdf = docs.resolve("Hebrew.pdf");

    // embedding marks pdftotext adds around runs of the other direction are left out
    String text = pdftotext(pdf, "-enc", "UTF-8").replaceAll("\\p{Cf}", "");
    assertThat(text)
        .contains(
            "דנה כהן",
            "מהנדסת תוכנה בכירה",
            "תקציר",
            "ניסיון",
            "כישורים",
            "השכלה",
            "מהנדסת ראשית — אקמה בע\"מ",
            "לקוחות",
            "Kafka");
    assertThat(pdftotext(pdf, "-bbox")).contains("<page width=\"612.000000\"");
    // the Word copy of a one-page résumé stays on one page
    try (org.apache.pdfbox.pdmodel.PDDocument set =
        org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      assertThat(set.getNumberOfPages()).isEqualTo(1);
    }
    List<Word> words = words(pdftotext(pdf, "-bbox"));
    // the name, alone on its line, stands at the right margin, its first word rightmost
    Word first = word(words, "דנה");
    assertThat(first.xMax()).isGreaterThan(612 - 72);
    assertThat(word(words, "כהן").xMax()).isLessThan(first.xMin());
  }

  /**
   * The first word that is {@code text}; -bbox gives a Hebrew word's letters as drawn, reversed.
   */
  static Word word(List<Word> words, String text) {
    String drawn = new StringBuilder(text).reverse().toString();
    return words.stream()
        .filter(w -> w.text().equals(text) || w.text().equals(drawn))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no word " + text + " in " + words));
  }

  static List<Word> words(String bbox) {
    Matcher m = WORD.matcher(bbox);
    List<Word> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(new Word(m.group(3), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
    }
    return out;
  }

  /** pdftotext (poppler-utils) with these options, its output. */
  static String pdftotext(Path pdf, String... options) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("pdftotext"));
    command.addAll(List.of(options));
    command.addAll(List.of(pdf.toString(), "-"));
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return fail("pdftotext (poppler-utils) is needed beside soffice here: " + e.getMessage());
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      fail("pdftotext failed: " + out);
    }
    return out;
  }
}
