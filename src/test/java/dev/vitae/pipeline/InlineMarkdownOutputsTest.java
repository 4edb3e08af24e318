package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.StreamText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline Markdown in résumé values, in every output: drawn in the PDF (bold, italic in the theme's
 * italic face, links that go where they say, no asterisk in the text layer) and in the Word copy
 * (bold, italic and hyperlink runs) and the web page (elements, raw HTML as text), kept as Markdown
 * in the .md, plain words in the .txt.
 */
class InlineMarkdownOutputsTest {

  static final String YAML =
      """
      basics:
        name: "Ada Lovelace"
        label: "Engineer"
        email: "ada@lovelace.dev"
        summary: "Builds **reliable** systems with *care*; see [my notes](https://ada.dev/notes)."
      work:
        - name: "Analytical Engines Ltd"
          position: "Engineer"
          startDate: "2020-01"
          highlights:
            - "Cut p99 latency by **70%** with `Redis` caching on the *hot* path."
            - "A [bad link](javascript:alert(1)) stays as written, and so does <b>HTML</b>."
      """;

  @TempDir static Path dir;
  static BuildResult.Built built;

  @BeforeAll
  static void build() throws IOException {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(file, YAML);
    built =
        Letters.built(
            Pipeline.shipped()
                .build(
                    Letters.request(file, dir.resolve("out"), "resume", "text", "docx", "html")));
  }

  private static byte[] bytes(String name) {
    return Letters.file(built, name).bytes();
  }

  @Test
  void thePdfDrawsTheMarkdownAndItsTextLayerHoldsThePlainWordsInOrder() {
    String stream = StreamText.of(bytes("Ada-Lovelace-Resume.pdf")).flat();
    assertThat(stream)
        .contains(
            "Builds reliable systems with care; see my notes.",
            "Cut p99 latency by 70% with Redis caching on the hot path.",
            "A [bad link](javascript:alert(1)) stays as written, and so does <b>HTML</b>.")
        .doesNotContain("**", "`Redis`", "*care*");
    PdfReadback pdf = PdfReadback.of(bytes("Ada-Lovelace-Resume.pdf"));
    assertThat(pdf.links())
        .contains("https://ada.dev/notes")
        .noneMatch(l -> l.contains("javascript"));
    assertThat(pdf.fonts()).anyMatch(f -> f.contains("SourceSans3-It"));
  }

  @Test
  void theWordCopySetsBoldItalicAndLinksAsRuns() throws IOException {
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(bytes("Ada-Lovelace-Resume.docx")))) {
      XWPFParagraph summary =
          doc.getParagraphs().stream()
              .filter(p -> p.getText().startsWith("Builds reliable"))
              .findFirst()
              .orElseThrow();
      List<XWPFRun> runs = summary.getRuns();
      assertThat(runs)
          .filteredOn(XWPFRun::isBold)
          .extracting(XWPFRun::text)
          .containsExactly("reliable");
      assertThat(runs)
          .filteredOn(XWPFRun::isItalic)
          .extracting(XWPFRun::text)
          .containsExactly("care");
      assertThat(runs)
          .filteredOn(r -> r instanceof XWPFHyperlinkRun)
          .extracting(r -> ((XWPFHyperlinkRun) r).getHyperlink(doc).getURL())
          .containsExactly("https://ada.dev/notes");
    }
  }

  @Test
  void theWebPageSetsItAsElementsAndRawHtmlAsText() {
    org.jsoup.nodes.Document doc =
        org.jsoup.Jsoup.parse(
            new String(bytes("Ada-Lovelace-Resume.html"), StandardCharsets.UTF_8));
    org.jsoup.nodes.Element summary = doc.selectFirst("#summary ~ p");
    assertThat(summary.text()).isEqualTo("Builds reliable systems with care; see my notes.");
    assertThat(summary.select("strong").eachText()).containsExactly("reliable");
    assertThat(summary.select("em").eachText()).containsExactly("care");
    assertThat(summary.select("a").eachAttr("href")).containsExactly("https://ada.dev/notes");
    assertThat(doc.select("article li code").eachText()).containsExactly("Redis");
    assertThat(doc.select("article li").get(1).text())
        .isEqualTo("A [bad link](javascript:alert(1)) stays as written, and so does <b>HTML</b>.");
    assertThat(doc.select("b")).isEmpty();
    assertThat(doc.select("a[href^=javascript]")).isEmpty();
  }

  @Test
  void theMarkdownKeepsItAndTheTextDropsIt() {
    String md = new String(bytes("Ada-Lovelace-Resume.md"), StandardCharsets.UTF_8);
    assertThat(md)
        .contains(
            "Builds **reliable** systems with *care*; see [my notes](https://ada.dev/notes).",
            "- Cut p99 latency by **70%** with `Redis` caching on the *hot* path.",
            "- A \\[bad link\\](javascript:alert(1)) stays as written, and so does \\<b\\>HTML\\</b\\>.");
    String txt = new String(bytes("Ada-Lovelace-Resume.txt"), StandardCharsets.UTF_8);
    assertThat(txt)
        .contains(
            "Builds reliable systems with care; see my notes.",
            "• Cut p99 latency by 70% with Redis caching on the hot path.")
        .doesNotContain("**", "`");
  }
}
