package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Golden;
import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import dev.vitae.view.Paper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample résumé, read back the way an applicant-tracking system reads it. */
class SampleResumeTest {

  static final BuildOptions OPTIONS =
      new BuildOptions(Paper.LETTER, Instant.parse("2026-01-01T00:00:00Z"));
  static Resume resume;
  static BaseDocuments.Built built;
  static PdfReadback pdf;

  @BeforeAll
  static void build() {
    resume = Samples.resume();
    built = BaseDocuments.create().resume(resume, OPTIONS, "Tushar-Resume");
    pdf = PdfReadback.of(document("resume.pdf").bytes());
  }

  static Document document(String kind) {
    return built.documents().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow();
  }

  static String text(String kind) {
    return new String(document(kind).bytes(), StandardCharsets.UTF_8);
  }

  /**
   * Every string the résumé must show, in the order it must show them; the PDF sets its headings in
   * capitals, the text and Markdown as written.
   */
  static List<String> expectedInOrder(UnaryOperator<String> heading) {
    List<String> out = new ArrayList<>();
    out.add(resume.basics().name());
    out.add(resume.basics().label());
    out.add(heading.apply("Summary"));
    out.add(heading.apply("Experience"));
    for (var w : resume.work()) {
      out.add(w.position());
      out.add(w.name());
      w.highlights().stream().map(Item::text).forEach(out::add);
    }
    out.add(heading.apply("Skills"));
    for (var g : resume.skills()) {
      out.add(g.name());
      g.keywords().stream().map(Item::text).forEach(out::add);
    }
    out.add(heading.apply("Education"));
    out.add(heading.apply("Awards"));
    for (var a : resume.awards()) {
      out.add(a.title());
    }
    return out;
  }

  static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void isExactlyOnePage() {
    assertThat(pdf.pages()).isEqualTo(1);
    assertThat(document("resume.pdf").pages()).isEqualTo(1);
  }

  @Test
  void theNameIsTheFirstLine() {
    assertThat(pdf.lines().get(0)).isEqualTo("Tushar");
    assertThat(pdf.lines().get(1))
        .isEqualTo("backend engineer / distributed systems / operational tooling");
  }

  @Test
  void everyPositionCompanyBulletKeywordAndAwardAppearsInSourceOrder() {
    String text = flat(pdf.text());
    int at = 0;
    for (String s : expectedInOrder(h -> h.toUpperCase(Locale.ENGLISH))) {
      int found = text.indexOf(flat(s), at);
      assertThat(found)
          .as("'%s' after position %d of the extracted text", s, at)
          .isGreaterThanOrEqualTo(0);
      at = found + 1;
    }
  }

  /** Each headline figure says whose it is, on the page and in the text and Markdown copies. */
  @Test
  void eachMetricCarriesItsOrganisation() {
    String page = flat(pdf.text());
    for (String m :
        List.of(
            "100k+ community members supported · Discord communities",
            "+30% ONDC order volume lift · Shiprocket",
            "~70% faster API responses · Shiprocket")) {
      assertThat(page).contains(m);
      assertThat(text("resume.txt")).contains("- " + m);
    }
    assertThat(text("resume.md")).contains("- **\\+30%** ONDC order volume lift · Shiprocket");
  }

  @Test
  void sectionHeadingsStandOnTheirOwnLines() {
    assertThat(pdf.lines())
        .contains("SUMMARY", "IMPACT", "EXPERIENCE", "SKILLS", "EDUCATION", "AWARDS");
  }

  @Test
  void yearsHaveFourDigitsAndBulletsAreText() {
    assertThat(pdf.text())
        .contains("Jan 2024 – Present", "Jun 2022 – May 2023", "Aug 2018 – May 2022");
    assertThat(pdf.lines().stream().filter(l -> l.startsWith("• "))).hasSize(11);
  }

  @Test
  void eachContactIsItsOwnClickableLink() {
    assertThat(pdf.links())
        .containsExactly(
            "mailto:tushar@example.com",
            "https://tushar.example.com",
            "https://github.example.com/tushar");
    assertThat(flat(pdf.text()))
        .contains("tushar@example.com · tushar.example.com · github.example.com/tushar");
  }

  @Test
  void fontsAreEmbeddedSubsets() {
    assertThat(pdf.fontsEmbedded()).isNotEmpty().containsOnly(true);
    assertThat(pdf.fonts()).allMatch(f -> f.matches("[A-Z]{6}\\+SourceSans3-.*"));
    assertThat(pdf.fonts()).anyMatch(f -> f.endsWith("-Bold"));
  }

  @Test
  void textLayerHasNoReplacementControlOrLigatureCharacters() {
    assertThat(
            pdf.text()
                .codePoints()
                .filter(
                    c ->
                        c == 0xFFFD
                            || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                            || (c >= 0xFB00 && c <= 0xFB06)))
        .isEmpty();
  }

  @Test
  void metadataIsSet() {
    assertThat(pdf.title()).isEqualTo("Tushar — Résumé");
    assertThat(pdf.author()).isEqualTo("Tushar");
    assertThat(pdf.subject())
        .startsWith("backend engineer / distributed systems / operational tooling");
    assertThat(pdf.keywords()).contains("Node.js", "Redis", "PostgreSQL");
  }

  @Test
  void textAndMarkdownCarryTheSameContentAsThePdf() {
    String txt = flat(text("resume.txt"));
    String md = flat(text("resume.md").replace("\\", "").replace("**", ""));
    for (String s : expectedInOrder(UnaryOperator.identity())) {
      assertThat(txt).as("text résumé").contains(flat(s));
      assertThat(md).as("Markdown résumé").contains(flat(s));
    }
    for (var m : resume.metrics()) {
      assertThat(txt).contains(m.value() + " " + m.label());
      assertThat(md).contains(m.value() + " " + m.label());
    }
  }

  @Test
  void plainTextIsWrappedAtEightyColumns() {
    assertThat(text("resume.txt").lines()).allMatch(l -> l.codePointCount(0, l.length()) <= 80);
  }

  @Test
  void outputsMatchTheGoldenFiles() {
    Golden.assertMatches("sample/resume.xhtml", built.resumeXhtml());
    Golden.assertMatches("sample/resume.txt", text("resume.txt"));
    Golden.assertMatches("sample/resume.md", text("resume.md"));
  }

  @Test
  void twoBuildsAreByteIdentical() {
    BaseDocuments.Built again =
        BaseDocuments.create().resume(Samples.resume(), OPTIONS, "Tushar-Resume");
    for (int i = 0; i < built.documents().size(); i++) {
      assertThat(again.documents().get(i).bytes()).isEqualTo(built.documents().get(i).bytes());
    }
  }
}
