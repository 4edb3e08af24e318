package dev.vitae.cli;

import static dev.vitae.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.cli.CliTest.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The résumé's typography as a reader sees it on the page, measured in the PDF with PDFBox, in both
 * themes: a hierarchy of sizes, title and organisation told apart, bullets hanging exactly, kerned
 * text, and no paragraph ending on a line of one word.
 */
class TypographyTest {

  @TempDir static Path dir;

  static final Map<String, byte[]> SAMPLE = new HashMap<>();

  @BeforeAll
  static void build() throws IOException {
    for (String theme : List.of("modern", "classic")) {
      Path out = dir.resolve(theme);
      Run r =
          run(
              "build",
              Samples.SAMPLE.toString(),
              "--only",
              "resume",
              "--theme",
              theme,
              "--out",
              out.toString());
      assertThat(r.code()).as(r.err()).isZero();
      SAMPLE.put(theme, Files.readAllBytes(out.resolve("Tushar-Resume.pdf")));
    }
  }

  /** A glyph as drawn: its character, left edge, baseline, size in points and font name. */
  record Glyph(String text, float x, float y, float size, String font) {}

  /** Glyphs on one baseline, in the order they are drawn. */
  record Line(List<Glyph> glyphs) {

    String text() {
      StringBuilder b = new StringBuilder();
      glyphs.forEach(g -> b.append(g.text()));
      return b.toString();
    }

    float x() {
      return glyphs.get(0).x();
    }

    float size() {
      return (float) glyphs.stream().mapToDouble(Glyph::size).max().orElse(0);
    }

    /** The left edge of the first glyph of this text in the line. */
    float xOf(String part) {
      int at = text().indexOf(part);
      assertThat(at).as("%s in %s", part, text()).isNotNegative();
      return glyphs.get(at).x();
    }

    /** The fonts of the glyphs of this text in the line. */
    List<String> fontsOf(String part) {
      int at = text().indexOf(part);
      assertThat(at).as("%s in %s", part, text()).isNotNegative();
      return glyphs.subList(at, at + part.length()).stream().map(Glyph::font).distinct().toList();
    }
  }

  static List<Line> lines(byte[] pdf) {
    List<Glyph> glyphs = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
              glyphs.add(
                  new Glyph(
                      t.getUnicode(),
                      t.getXDirAdj(),
                      t.getYDirAdj(),
                      t.getFontSizeInPt(),
                      t.getFont().getName()));
            }
          };
      stripper.setSortByPosition(false);
      stripper.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Line> out = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (!line.isEmpty() && Math.abs(line.get(0).y() - g.y()) > 0.5f) {
        out.add(new Line(List.copyOf(line)));
        line.clear();
      }
      line.add(g);
    }
    if (!line.isEmpty()) {
      out.add(new Line(List.copyOf(line)));
    }
    return out;
  }

  /** The size most letters of the page are set in. */
  static float bodySize(List<Line> lines) {
    Map<Float, Integer> count = new HashMap<>();
    lines.forEach(l -> l.glyphs().forEach(g -> count.merge(g.size(), 1, Integer::sum)));
    return count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  static Line line(List<Line> lines, String start) {
    return lines.stream().filter(l -> l.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void headingsStandASizeAboveTheBodyAndTheNameLeads() {
    for (var e : SAMPLE.entrySet()) {
      List<Line> lines = lines(e.getValue());
      float body = bodySize(lines);
      for (String heading : List.of("SUMMARY", "EXPERIENCE", "SKILLS", "EDUCATION", "AWARDS")) {
        assertThat(line(lines, heading).size() / body)
            .as(e.getKey() + " " + heading)
            .isGreaterThanOrEqualTo(1.2f);
      }
      assertThat(line(lines, "Tushar").size() / body).as(e.getKey()).isGreaterThanOrEqualTo(2.5f);
    }
  }

  @Test
  void theTitleIsBoldAndItsOrganisationIsNot() {
    for (var e : SAMPLE.entrySet()) {
      Line head = line(lines(e.getValue()), "Software Developer");
      assertThat(head.fontsOf("Software Developer")).allMatch(f -> f.contains("Bold"));
      assertThat(head.fontsOf("Magnolia Pearl")).noneMatch(f -> f.contains("Bold"));
    }
    assertThat(line(lines(SAMPLE.get("classic")), "Software Developer").fontsOf("Magnolia Pearl"))
        .allMatch(f -> f.contains("It"));
  }

  @Test
  void aBulletsTurnoverLinesStartWhereItsFirstLinesTextStarts() {
    for (var e : SAMPLE.entrySet()) {
      List<Line> lines = lines(e.getValue());
      int turnovers = 0;
      for (int i = 0; i < lines.size(); i++) {
        Line first = lines.get(i);
        if (!first.text().startsWith("•")) {
          continue;
        }
        float text =
            first.glyphs().stream()
                .skip(1)
                .filter(g -> !g.text().isBlank())
                .findFirst()
                .orElseThrow()
                .x();
        for (int j = i + 1; j < lines.size(); j++) {
          Line next = lines.get(j);
          if (next.text().startsWith("•")
              || next.x() <= first.x() + 0.5f
              || next.x() > first.x() + 20
              || next.size() != first.size()) {
            break;
          }
          assertThat(next.x())
              .as("%s: %s", e.getKey(), next.text())
              .isCloseTo(text, org.assertj.core.data.Offset.offset(0.05f));
          turnovers++;
        }
      }
      assertThat(turnovers).as(e.getKey()).isGreaterThanOrEqualTo(2);
    }
  }

  /**
   * What the fit's step leaves over is shared among the section gaps: the white under the last line
   * is less than the height above the name's baseline (classic left 72 pt under its last line,
   * against 52 above the name's baseline, before it was shared out).
   */
  @Test
  void theSpareHeightIsNotPooledAtTheBottom() throws IOException {
    for (var e : SAMPLE.entrySet()) {
      List<Line> lines = lines(e.getValue());
      float page;
      try (PDDocument doc = Loader.loadPDF(e.getValue())) {
        page = doc.getPage(0).getMediaBox().getHeight();
      }
      float top = line(lines, "Tushar").glyphs().get(0).y();
      float bottom = page - lines.get(lines.size() - 1).glyphs().get(0).y();
      assertThat(bottom).as(e.getKey()).isLessThan(top);
    }
  }

  @Test
  void theTextIsKerned() throws IOException {
    for (var e : SAMPLE.entrySet()) {
      int adjustments = 0;
      try (PDDocument doc = Loader.loadPDF(e.getValue())) {
        PDFStreamParser parser = new PDFStreamParser(doc.getPage(0));
        List<Object> tokens = parser.parse();
        for (int i = 1; i < tokens.size(); i++) {
          if (tokens.get(i) instanceof Operator op
              && op.getName().equals("TJ")
              && tokens.get(i - 1) instanceof COSArray array) {
            for (int k = 0; k < array.size(); k++) {
              if (array.getObject(k) instanceof COSNumber n && n.floatValue() != 0) {
                adjustments++;
              }
            }
          }
        }
      }
      assertThat(adjustments).as(e.getKey()).isGreaterThan(100);
      // the text reads as written, kerning and all: "Tu" of the name, "To" of the ONDC bullet
      String text = pdfText(e.getValue());
      assertThat(text).contains("Tushar", "contributing to a 30% increase in order volume.");
    }
  }

  static String pdfText(byte[] pdf) {
    StringBuilder b = new StringBuilder();
    lines(pdf).forEach(l -> b.append(l.text()).append('\n'));
    return b.toString();
  }

  /**
   * Bullets of every length over a line and a half, each ending on a short word: without the last
   * two words tied, some of them end on a line of one word, whatever the theme and step.
   */
  @Test
  void noBulletEndsOnALineOfOneWord() throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            """
            basics:
              name: "Ada Example"
            work:
              - name: "Acme"
                position: "Engineer"
                startDate: '2020-01'
                highlights:
            """);
    String words =
        "Moved the order service reads behind a cache and kept invalidation explicit for";
    for (int k = 0; k < 16; k++) {
      yaml.append("      - \"")
          .append(words)
          .append(" the team".repeat(k / 2))
          .append(k % 2 == 0 ? "" : " ok")
          .append(" every operator on call.\"\n");
    }
    Path file = dir.resolve("ragged.yaml");
    Files.writeString(file, yaml);
    for (String theme : List.of("modern", "classic")) {
      Path out = dir.resolve("ragged-" + theme);
      Run r =
          run(
              "build",
              file.toString(),
              "--only",
              "resume",
              "--theme",
              theme,
              "--out",
              out.toString());
      assertThat(r.code()).as(r.err()).isZero();
      List<Line> lines = lines(Files.readAllBytes(out.resolve("Ada-Example-Resume.pdf")));
      int wrapped = 0;
      for (int i = 1; i < lines.size(); i++) {
        Line l = lines.get(i);
        if (lines.get(i - 1).text().startsWith("•") && !l.text().startsWith("•")) {
          wrapped++;
          assertThat(l.text().strip()).as(theme).matches(Pattern.compile(".*\\S\\s+\\S.*"));
        }
      }
      assertThat(wrapped).as(theme).isGreaterThan(8);
    }
  }
}
