package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import dev.vitae.check.Expectation;
import dev.vitae.check.PdfCheck;
import dev.vitae.model.Resume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hebrew and Arabic as a reader sees them on the page (right to left, Arabic letters joined,
 * brackets mirrored, paragraphs aligned right) and as an applicant-tracking system reads them back
 * (the words in the order they were written).
 */
class RightToLeftTest {

  static final String HEBREW_NAME = "דנה כהן";
  static final String ARABIC_LABEL = "سلام مهندسة";
  static final String HEBREW_SUMMARY =
      "מהנדסת תוכנה עם עשר שנות ניסיון בבניית מערכות מבוזרות בקנה מידה גדול, "
          + "המובילה צוותים ומלמדת אחרים לכתוב קוד נקי ובדוק בכל שלבי הפיתוח של המערכת.";
  static final String HEBREW_BRACKETS = "הובילה את המעבר (שלב 2) ללא השבתה";
  static final String ARABIC_BULLET = "بنيت منصة البيانات التي تخدم ١٢ فريقاً";
  static final String MIXED_BULLET = "Wrote the handbook, with a Hebrew glossary (מילון מונחים).";

  static final String YAML =
      """
      basics:
        name: %s
        label: %s
        summary: %s
      work:
        - name: Acme
          position: Engineer
          highlights:
            - %s
            - %s
            - %s
      """
          .formatted(
              HEBREW_NAME,
              ARABIC_LABEL,
              HEBREW_SUMMARY,
              HEBREW_BRACKETS,
              ARABIC_BULLET,
              MIXED_BULLET);

  static byte[] pdf;
  static List<Glyph> glyphs;

  @BeforeAll
  static void build() {
    Resume resume = Samples.load("resume.yaml", YAML.getBytes(StandardCharsets.UTF_8));
    BaseDocuments.Built built =
        BaseDocuments.create().resume(resume, ScriptsTest.OPTIONS, "Rtl-Resume");
    pdf = HostileInputTest.pdf(built);
    glyphs = Glyph.of(pdf);
  }

  @Test
  void everyValueExtractsBackInTheOrderItWasWritten() {
    List<String> lines = PdfReadback.of(pdf).lines();
    assertThat(lines).startsWith(HEBREW_NAME, ARABIC_LABEL);
    // The name is Hebrew, so the page is mirrored: each bullet stands in a cell of its own at the
    // right,
    // which PDFBox reads after the line's text.
    assertThat(lines).contains(HEBREW_BRACKETS + " •", ARABIC_BULLET + " •", MIXED_BULLET + " •");
    String text = String.join(" ", lines);
    assertThat(text).contains(HEBREW_SUMMARY);
  }

  @Test
  void theReadBackCheckFindsEveryValue() {
    var report =
        PdfCheck.check(
            "Rtl-Resume.pdf",
            pdf,
            new Expectation(
                1,
                List.of(
                    HEBREW_NAME,
                    ARABIC_LABEL,
                    HEBREW_SUMMARY,
                    HEBREW_BRACKETS,
                    ARABIC_BULLET,
                    MIXED_BULLET)));
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void hebrewIsDrawnFromRightToLeft() {
    Glyph first = glyphs.stream().filter(g -> g.text().equals("ד")).findFirst().orElseThrow();
    Glyph last = glyphs.stream().filter(g -> g.text().equals("ן")).findFirst().orElseThrow();
    assertThat(first.y()).isEqualTo(last.y());
    assertThat(first.x())
        .as("the first letter of דנה כהן is the rightmost")
        .isGreaterThan(last.x());
  }

  @Test
  void arabicLettersAreJoinedAndReadBackAsLetters() throws IOException {
    // سلام is drawn as an initial seen, lam-alef joined into one final-form ligature, an isolated
    // meem.
    int[] forms;
    try (TrueTypeFont arabic =
        new TTFParser()
            .parse(new RandomAccessReadBufferedFile("fonts/NotoSansArabic-Regular.ttf"))) {
      var cmap = arabic.getUnicodeCmapLookup();
      forms = new int[] {cmap.getGlyphId(0xFEE1), cmap.getGlyphId(0xFEFC), cmap.getGlyphId(0xFEB3)};
    }
    List<Glyph> row =
        row(glyphs.stream().filter(g -> g.text().equals("س")).findFirst().orElseThrow().y());
    List<Integer> drawn = row.stream().map(Glyph::code).toList();
    assertThat(java.util.Collections.indexOfSubList(drawn, List.of(forms[0], forms[1], forms[2])))
        .as("glyphs drawn, left to right")
        .isNotNegative();
    assertThat(row.stream().map(Glyph::text))
        .as("each glyph maps to letters, not presentation forms")
        .contains("س", "لا", "م")
        .noneMatch(t -> t.chars().anyMatch(c -> c >= 0xFB50));
  }

  @Test
  void bracketsAreMirroredInRightToLeftText() {
    List<String> line = lineOf("2");
    String drawn = String.join("", line);
    // (שלב 2) read right to left is drawn, left to right, as "(2 בלש)": both brackets mirrored.
    assertThat(drawn).contains("(2 בלש)");
  }

  @Test
  void aRightToLeftParagraphLinesUpOnTheRightAndStartsThere() {
    float right = (float) glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
    float top =
        glyphs.stream()
            .filter(g -> g.text().equals("מ"))
            .map(Glyph::y)
            .min(Float::compare)
            .orElseThrow();
    List<Glyph> first = row(top);
    List<Glyph> second =
        row(
            glyphs.stream()
                .map(Glyph::y)
                .filter(y -> y > top + 1)
                .min(Float::compare)
                .orElseThrow());
    Glyph start = first.get(first.size() - 1);
    assertThat(start.text()).isEqualTo("מ");
    assertThat(start.x() + start.width())
        .as("the summary's first letter is at the right margin")
        .isCloseTo(right, Offset.offset(1f));
    assertThat(text(first)).as("the first line holds the first words").endsWith("םע הנכות תסדנהמ");
    assertThat(text(second))
        .as("the last words are on the second line, at its left end")
        .startsWith(".תכרעמה");
    assertThat(second.get(second.size() - 1).x() + second.get(second.size() - 1).width())
        .isCloseTo(right, Offset.offset(1f));
  }

  @Test
  void invisibleDirectionMarksDoNotMoveALine() {
    // Found by the fuzz seed: a piece of zero width (U+200F U+200E) once placed the line at NaN.
    Resume resume =
        Samples.load(
            "resume.yaml",
            """
        basics:
          name: Ada
          label: "مهندسة لا \u200F\u200E"
        """
                .getBytes(StandardCharsets.UTF_8));
    byte[] bytes =
        HostileInputTest.pdf(BaseDocuments.create().resume(resume, ScriptsTest.OPTIONS, "Marks"));
    List<Glyph> all = Glyph.of(bytes);
    float margin = all.stream().filter(g -> g.text().equals("A")).findFirst().orElseThrow().x();
    assertThat(all).allSatisfy(g -> assertThat(g.x()).isGreaterThanOrEqualTo(margin - 0.5f));
    assertThat(PdfReadback.of(bytes).lines()).contains("مهندسة لا");
  }

  @Test
  void aJoinerTheFontLacksIsNotDrawnOnARightToLeftLine() {
    // Found by fuzzing: a joiner after Arabic, drawn alone in Source Sans (which has no glyph for
    // it), left that font in the PDF with nothing mapped to Unicode.
    Resume resume =
        Samples.load(
            "resume.yaml",
            """
        basics:
          name: Ada
          summary: "\u05E9\u05B8\u0644\u200D"
        """
                .getBytes(StandardCharsets.UTF_8));
    BaseDocuments.Built built =
        BaseDocuments.create().resume(resume, ScriptsTest.OPTIONS, "Joiner");
    byte[] bytes = HostileInputTest.pdf(built);
    var report =
        PdfCheck.check(
            "Joiner.pdf",
            bytes,
            new Expectation(1, dev.vitae.view.ViewText.of(built.fittedView())));
    assertThat(report.problems()).isEmpty();
  }

  private static List<Glyph> row(float y) {
    return glyphs.stream()
        .filter(x -> Math.abs(x.y() - y) < 0.5f)
        .sorted(Comparator.comparing(Glyph::x))
        .toList();
  }

  private static String text(List<Glyph> row) {
    return row.stream().map(Glyph::text).reduce("", String::concat);
  }

  private static List<String> lineOf(Glyph g) {
    return row(g.y()).stream().map(Glyph::text).toList();
  }

  private static List<String> lineOf(String glyph) {
    return lineOf(glyphs.stream().filter(x -> x.text().equals(glyph)).findFirst().orElseThrow());
  }

  /**
   * One glyph as drawn: the characters its font maps it to, its glyph number, where it stands, its
   * width.
   */
  record Glyph(String text, int code, float x, float y, float width) {

    static List<Glyph> of(byte[] pdf) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        List<Glyph> all = new ArrayList<>();
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void processTextPosition(TextPosition p) {
                all.add(
                    new Glyph(
                        p.getUnicode(),
                        p.getCharacterCodes()[0],
                        p.getXDirAdj(),
                        p.getYDirAdj(),
                        p.getWidthDirAdj()));
              }
            };
        stripper.getText(doc);
        return all;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
