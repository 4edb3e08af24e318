package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfPages;
import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import dev.vitae.model.Resume;
import dev.vitae.view.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that look like markup, template code or runaway text end up on the page as plain text. */
class HostileInputTest {

  static final BuildOptions OPTIONS =
      new BuildOptions(Paper.LETTER, Instant.parse("2026-01-01T00:00:00Z"));

  static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "</div>",
          "&amp;",
          "${7*7}",
          "<#assign x=1>",
          "${\"freemarker.template.utility.Execute\"?new()(\"id\")}");

  static BaseDocuments.Built build(String yaml) {
    Resume resume = Samples.load("resume.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    return BaseDocuments.create().resume(resume, OPTIONS, "Hostile-Resume");
  }

  static String text(BaseDocuments.Built built, String kind) {
    return new String(
        built.documents().stream()
            .filter(d -> d.kind().equals(kind))
            .findFirst()
            .orElseThrow()
            .bytes(),
        StandardCharsets.UTF_8);
  }

  static byte[] pdf(BaseDocuments.Built built) {
    return built.documents().stream()
        .filter(d -> d.kind().equals("resume.pdf"))
        .findFirst()
        .orElseThrow()
        .bytes();
  }

  static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void markupAndTemplateCodeInValuesArePrintedLiterallyNeverEvaluated() {
    BaseDocuments.Built built =
        build(
            """
        basics:
          name: '<script>alert(1)</script> Ada'
          label: '</div> &amp; ${7*7}'
        work:
          - name: Acme
            position: '<#assign x=1>'
            highlights:
              - '${7*7} and ${"freemarker.template.utility.Execute"?new()("id")}'
              - 'ends with </div> and &amp;'
        """);
    String pdfText = flat(PdfReadback.of(pdf(built)).text());
    String txt = flat(text(built, "resume.txt"));
    for (String s : HOSTILE) {
      assertThat(pdfText).as("PDF text layer").contains(s);
      assertThat(txt).as("plain text").contains(s);
    }
    assertThat(pdfText).startsWith("<script>alert(1)</script> Ada </div> &amp; ${7*7}");
    assertThat(pdfText).doesNotContain("49");
    assertThat(txt).doesNotContain("49");

    // Markdown escapes what it would otherwise interpret, so that a Markdown viewer shows it as
    // written.
    String md = text(built, "resume.md");
    assertThat(md)
        .contains(
            "# \\<script\\>alert(1)\\</script\\> Ada",
            "**\\</div\\> \\&amp; ${7\\*7}**",
            "\\<\\#assign x=1\\>",
            "${7\\*7} and ${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
    assertThat(md).doesNotContain("49");
  }

  @Test
  void softHyphensAreNotDrawnAndEveryHyphenReadsBack() {
    // Found by fuzzing: U+00AD and '-' share a glyph, which the PDF mapped back to the soft hyphen.
    // U+2010 and U+2011 share it too, and read back in place of every '-' after them.
    BaseDocuments.Built built =
        build(
            """
        basics:
          name: "Ada Love\u00ADlace Well\u2010Known"
          label: "Peace/tmp/jazzer-traversal, non\u2011breaking, user-facing"
        """);
    byte[] pdf = pdf(built);
    assertThat(PdfReadback.of(pdf).lines())
        .startsWith(
            "Ada Lovelace Well-Known", "Peace/tmp/jazzer-traversal, non-breaking, user-facing");
    var report =
        dev.vitae.check.PdfCheck.check(
            "Hyphens.pdf",
            pdf,
            new dev.vitae.check.Expectation(1, dev.vitae.view.ViewText.of(built.fittedView())));
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void anEmojiInTheNameIsReadAsPartOfTheName(@TempDir Path dir) throws IOException {
    // Found by fuzzing: the emoji is drawn in its own font, so the name line is more than one text
    // item, and the read-back found no item that is the whole name: the build stopped.
    Path file =
        Files.writeString(
            dir.resolve("resume.yaml"),
            """
            basics:
              name: "Ada Lovelace \uD83D\uDC69\u200D\uD83D\uDCBB"
              email: ada@example.org
            """);
    BuildResult.Built built =
        Letters.built(Pipeline.shipped().build(BuildRequest.of(file, dir.resolve("out"))));
    assertThat(built.builds().get(0).checks().get(0).fields())
        .extracting(f -> f.field() + " " + f.ok())
        .containsExactly("name true", "email true");
  }

  @Test
  void separatorsAtTheEndsOfAFieldAreLeftOutAsEveryReaderLeavesThemOut(@TempDir Path dir)
      throws IOException {
    // Found by fuzzing (a name of "·" alone): the read-back drops separators at an item's ends, as
    // parsers do, and then found nothing to match the field's text with them: the build stopped.
    Path file =
        Files.writeString(
            dir.resolve("resume.yaml"),
            """
            basics: {name: "· Ada Lovelace ·", email: ada@example.org}
            work:
              - {name: "Acme ·", position: "| Lead", startDate: "2020-01", highlights: [Ran it.]}
              - {name: "·", position: "Engineer", startDate: "2018-01", highlights: [Built it.]}
            """);
    BuildResult.Built built =
        Letters.built(Pipeline.shipped().build(BuildRequest.of(file, dir.resolve("out"))));
    assertThat(built.builds().get(0).checks().get(0).fields())
        .extracting(f -> f.field() + " " + f.found() + " " + f.ok())
        .contains(
            "name Ada Lovelace true",
            "work[0].title Lead true",
            "work[0].company Acme true",
            "work[1].title Engineer true")
        .noneMatch(f -> f.startsWith("work[1].company"));
  }

  @Test
  void anAwardWhoseTitleWrapsBesideItsDateIsReadAsOneEntry(@TempDir Path dir) throws IOException {
    // Found by fuzzing: the date is drawn after the title's last line and jumps back up to its
    // first; the gap from the date down to the awarder was taken for a gap between entries, and the
    // next award's date was looked for in the awarder's line.
    Path file =
        Files.writeString(
            dir.resolve("resume.yaml"),
            """
            basics: {name: Ada Lovelace, email: ada@example.org}
            awards:
              - title: >-
                  Winner of the Open Innovation Track at the national hackathon for rural supply
                  chains and agricultural logistics, chosen from 412 teams in three rounds
                awarder: LNMHacks 5.0
                date: "2023-01"
              - {title: Hackathon Winner, awarder: ONDC, date: "2022-07"}
            """);
    BuildResult.Built built =
        Letters.built(Pipeline.shipped().build(BuildRequest.of(file, dir.resolve("out"))));
    assertThat(built.builds().get(0).checks().get(0).fields())
        .extracting(f -> f.field() + " " + f.found())
        .contains(
            "awards[0].dates Jan 2023",
            "awards[0].org LNMHacks 5.0",
            "awards[1].dates Jul 2022",
            "awards[1].org ONDC");
  }

  @Test
  void aLongUnbrokenCategoryOrSkillGroupWrapsInItsColumn() {
    // Found by fuzzing: an unbreakable category, kept on one line, squeezed its system's name to a
    // letter a line over two pages, and the name could not be read back.
    String name = "Private Voice C" + "h".repeat(50) + "annel System";
    Resume resume =
        Samples.load(
            "resume.yaml",
            """
        basics: {name: Ada}
        systems:
          - name: "%s"
            category: "Real-%stime System"
            summary: Voice channels.
        skills:
          - name: "%s"
            keywords: [Java]
        """
                .formatted(name, "O".repeat(70), "X".repeat(80))
                .getBytes(StandardCharsets.UTF_8));
    var built = BaseDocuments.create().dossier(resume, OPTIONS, "Ada-Dossier");
    byte[] pdf = built.documents().get(0).bytes();
    assertThat(PdfReadback.of(pdf).pages())
        .as("cover, contents, systems, skills")
        .isLessThanOrEqualTo(4);
    for (List<String> strings :
        List.of(dev.vitae.view.DossierText.headings(built.view()), List.of(name))) {
      assertThat(
              dev.vitae.check.PdfCheck.check(
                      "Ada-Dossier.pdf", pdf, new dev.vitae.check.Expectation(0, strings))
                  .problems())
          .isEmpty();
    }
  }

  @Test
  void aLongUnbrokenMetricStaysOnThePageAndReadsBack() {
    String value = "9".repeat(90);
    BaseDocuments.Built built =
        build(
            """
        basics: {name: Ada}
        metrics:
          - {value: "%s", label: requests}
          - {value: "40%%", label: faster builds}
        """
                .formatted(value));
    byte[] pdf = pdf(built);
    assertThat(PdfReadback.of(pdf).pages()).isEqualTo(1);
    assertThat(
            dev.vitae.check.PdfCheck.check(
                    "Ada.pdf",
                    pdf,
                    new dev.vitae.check.Expectation(
                        1, dev.vitae.view.ViewText.of(built.fittedView())))
                .problems())
        .isEmpty();
    assertThat(PdfReadback.of(pdf).lines())
        .anySatisfy(l -> assertThat(l).contains("40% faster builds"));
  }

  @Test
  void aLongUnbrokenUrlAndNameStayInsideTheMargins() {
    String name = "W".repeat(200);
    String url = "https://example.com/" + "a".repeat(380);
    BaseDocuments.Built built =
        build(
            """
        basics:
          name: %s
          url: %s
        work:
          - name: %s
            position: Engineer
            highlights:
              - %s
        """
                .formatted(name, url, name, url));
    byte[] bytes = pdf(built);
    Glyphs glyphs = Glyphs.of(bytes);
    assertThat(glyphs.rightmost())
        .as(
            "rightmost glyph edge, page width %.1f, left margin %.1f",
            glyphs.pageWidth(), glyphs.leftmost())
        .isLessThanOrEqualTo(glyphs.pageWidth() - glyphs.leftmost() + 0.5f);
    String joined = PdfReadback.of(bytes).text().replaceAll("\\s+", "");
    assertThat(joined).contains(name, url.substring("https://".length()));

    // The dossier repeats the name in the header of every page, cut short to half the line.
    Resume resume =
        Samples.load(
            "resume.yaml",
            """
        basics:
          name: %s
        work:
          - name: Acme
            highlights:
              - Built it.
        principles:
        %s"""
                .formatted(
                    name,
                    // enough principles to run onto a second page, where the running header is
                    "  - title: A principle\n    body: %s\n"
                        .formatted("Words of it. ".repeat(60))
                        .repeat(8))
                .getBytes(StandardCharsets.UTF_8));
    byte[] dossier =
        BaseDocuments.create().dossier(resume, OPTIONS, "Long-Dossier").documents().get(0).bytes();
    Glyphs all = Glyphs.of(dossier);
    assertThat(all.rightmost()).isLessThanOrEqualTo(all.pageWidth() - all.leftmost() + 0.5f);
    assertThat(PdfReadback.of(dossier).text()).contains("W".repeat(47) + "…");
    // Set smaller on the cover, the name stays on the cover page (found by fuzzing: at the display
    // size it ran onto the next page, under that page's header).
    assertThat(PdfPages.of(dossier, "W").lines().get(0).stream().reduce("", String::concat))
        .contains(name);
  }

  @Test
  void aLongUrlInPlainTextStaysWholeOnItsOwnLineWithItsScheme() {
    String url = "https://example.com/" + "a".repeat(380);
    BaseDocuments.Built built =
        build(
            """
        basics:
          name: Ada
          url: %s
        work:
          - name: Acme
            position: Engineer
            highlights:
              - %s
        """
                .formatted(url, url));
    List<String> lines = text(built, "resume.txt").lines().toList();
    assertThat(lines).contains(url, "• " + url);
  }

  /** Where the glyphs of a one-page PDF stand. */
  record Glyphs(float pageWidth, float leftmost, float rightmost) {

    static Glyphs of(byte[] pdf) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void writeString(String text, List<TextPosition> positions)
                  throws IOException {
                all.addAll(positions);
                super.writeString(text, positions);
              }
            };
        stripper.getText(doc);
        float width = doc.getPage(0).getMediaBox().getWidth();
        float left = (float) all.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
        float right =
            (float)
                all.stream()
                    .mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj())
                    .max()
                    .orElseThrow();
        return new Glyphs(width, left, right);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
