package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Golden;
import dev.vitae.PdfPages;
import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import dev.vitae.model.Diagram;
import dev.vitae.model.Dossier;
import dev.vitae.model.Resume;
import dev.vitae.model.Step;
import dev.vitae.view.Paper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sample dossier, read back page by page, on both paper sizes. */
class SampleDossierTest {

  static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");
  static Resume resume;
  static final Map<Paper, BaseDocuments.DossierBuilt> BUILT = new EnumMap<>(Paper.class);
  static final Map<Paper, PdfPages> PAGES = new EnumMap<>(Paper.class);

  @BeforeAll
  static void build() {
    resume = Samples.resume();
    BaseDocuments vitae = BaseDocuments.create();
    for (Paper paper : Paper.values()) {
      BaseDocuments.DossierBuilt built =
          vitae.dossier(resume, new BuildOptions(paper, TIME), "Tushar-Dossier");
      BUILT.put(paper, built);
      PAGES.put(paper, PdfPages.of(document(built, "dossier.pdf").bytes(), resume.basics().name()));
    }
  }

  static Document document(BaseDocuments.DossierBuilt built, String kind) {
    return built.documents().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow();
  }

  static String text(String kind) {
    return new String(document(BUILT.get(Paper.LETTER), kind).bytes(), StandardCharsets.UTF_8);
  }

  static String title(String part) {
    return DossierChecks.title(resume, part);
  }

  static Map<String, Integer> contentsPages(PdfPages pdf) {
    return DossierChecks.contentsPages(resume, pdf);
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void bookmarksMirrorTheSectionsAndOpenTheirPages(Paper paper) {
    PdfPages pdf = PAGES.get(paper);
    assertThat(pdf.bookmarks())
        .extracting(PdfPages.Bookmark::title)
        .containsExactlyElementsOf(
            DossierChecks.PARTS.stream().map(SampleDossierTest::title).toList());
    var dossiers = pdf.bookmarks().get(DossierChecks.PARTS.indexOf("dossiers"));
    assertThat(dossiers.children())
        .extracting(PdfPages.Bookmark::title)
        .containsExactlyElementsOf(resume.dossiers().stream().map(Dossier::title).toList());
    Map<String, Integer> contents = contentsPages(pdf);
    for (var b : pdf.bookmarks()) {
      assertThat(b.page()).as("bookmark '%s'", b.title()).isEqualTo(contents.get(b.title()));
      for (var c : b.children()) {
        assertThat(c.page()).as("bookmark '%s'", c.title()).isEqualTo(contents.get(c.title()));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void everyContentsPageNumberIsThePageOfItsHeading(Paper paper) {
    DossierChecks.contentsMatchHeadings(resume, PAGES.get(paper));
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void contentsEntriesLinkToTheirPages(Paper paper) {
    PdfPages pdf = PAGES.get(paper);
    List<Integer> expected = new ArrayList<>();
    for (int page : contentsPages(pdf).values()) {
      expected.add(page);
      expected.add(page);
    }
    // a title wrapped onto two lines is a link on each of them: the same page twice over
    assertThat(runs(pdf.internalLinks().get(DossierChecks.CONTENTS_PAGE - 1)))
        .as("links of the contents on the cover: title, then page number")
        .containsExactlyElementsOf(runs(expected));
  }

  /** A list with each run of equal neighbours as one. */
  static List<Integer> runs(List<Integer> pages) {
    List<Integer> out = new ArrayList<>();
    for (int p : pages) {
      if (out.isEmpty() || out.get(out.size() - 1) != p) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Each system dossier draws its architecture as a flow under its text, its boxes read in step
   * order (a branch after its step) in content-stream order, the whole flow on one page.
   */
  @Test
  void eachDossierDrawsItsArchitectureAsAFlowReadInStepOrder() {
    resume
        .dossiers()
        .forEach(d -> assertThat(d.flow()).as(d.title()).hasSizeGreaterThanOrEqualTo(4));
    DossierChecks.flowsWholeAndInOrder(
        resume, document(BUILT.get(Paper.LETTER), "dossier.pdf").bytes());
  }

  /** A timeline job whose dossier tells its story links to it, with the page it opens on. */
  @Test
  void eachTimelineJobLinksToItsDossier() {
    PdfPages pdf = PAGES.get(Paper.LETTER);
    Map<String, Integer> pages = contentsPages(pdf);
    int timeline = pages.get(title("work"));
    String text =
        DossierChecks.flat(pdf.page(timeline)) + " " + DossierChecks.flat(pdf.page(timeline + 1));
    List<Integer> linked = new ArrayList<>(pdf.internalLinks().get(timeline - 1));
    linked.addAll(pdf.internalLinks().get(timeline));
    for (String dossier :
        List.of("Magnolia Pearl Backend Workflows", "ONDC / Shiprocket Backend Systems")) {
      assertThat(text).contains("Dossier: " + dossier + ", page " + pages.get(dossier));
      assertThat(linked).contains(pages.get(dossier));
    }
    assertThat(text).doesNotContain("Dossier: Real-time Voice");
  }

  @Test
  void eachSystemLinksToItsDossier() {
    PdfPages pdf = PAGES.get(Paper.LETTER);
    int systemsPage = contentsPages(pdf).get(title("systems"));
    Map<String, Integer> pages = contentsPages(pdf);
    List<Integer> expected = new ArrayList<>();
    for (var s : resume.systems()) {
      String dossier =
          resume.dossiers().stream()
              .filter(d -> d.id().equals(s.dossier()))
              .findFirst()
              .orElseThrow()
              .title();
      expected.add(pages.get(dossier));
      expected.add(pages.get(dossier));
      assertThat(DossierChecks.flat(pdf.page(systemsPage)))
          .contains("Dossier: " + dossier + ", page " + pages.get(dossier));
    }
    assertThat(pdf.internalLinks().get(systemsPage - 1)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void eachSystemDossierStartsOnANewPage(Paper paper) {
    DossierChecks.dossiersStartPages(resume, PAGES.get(paper));
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void eachDiagramsStepsReadInOrderOnOnePage(Paper paper) {
    DossierChecks.diagramsWholeAndInOrder(
        resume, document(BUILT.get(paper), "dossier.pdf").bytes());
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void noHeadingIsTheLastLineOfAPage(Paper paper) {
    DossierChecks.noHeadingEndsAPage(resume, PAGES.get(paper));
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void everyPageButTheCoverHasTheRunningHeaderAndFooter(Paper paper) {
    DossierChecks.runningHeadersAndFooters(resume, PAGES.get(paper));
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void isSetOnItsPaperSize(Paper paper) {
    PdfPages pdf = PAGES.get(paper);
    float[] size = paper == Paper.A4 ? new float[] {595.3f, 841.9f} : new float[] {612f, 792f};
    assertThat(pdf.sizes())
        .allSatisfy(
            box -> {
              assertThat(box.getWidth())
                  .isCloseTo(size[0], org.assertj.core.data.Offset.offset(1f));
              assertThat(box.getHeight())
                  .isCloseTo(size[1], org.assertj.core.data.Offset.offset(1f));
            });
    assertThat(document(BUILT.get(paper), "dossier.pdf").pages()).isEqualTo(pdf.count());
  }

  @Test
  void theCoverShowsNameLabelHeadlineMetricsFocusAndContacts() {
    List<String> cover = PAGES.get(Paper.LETTER).page(1);
    var b = resume.basics();
    assertThat(cover).contains(b.name(), b.label(), b.headline());
    String text = DossierChecks.flat(cover);
    assertThat(text).contains(b.summary(), b.email());
    resume.metrics().forEach(m -> assertThat(text).contains(m.value(), m.label(), m.context()));
    b.focus().forEach(f -> assertThat(text).contains(f.text()));
  }

  @Test
  void everySeedStringIsInThePdfTheTextAndTheMarkdown() {
    String txt = DossierChecks.flat(text("dossier.txt"));
    String md = DossierChecks.flat(text("dossier.md").replace("\\", "").replace("**", ""));
    List<String> seeds = DossierChecks.seeds(resume);
    assertThat(seeds).hasSizeGreaterThan(250);
    DossierChecks.carriesEverySeed(
        resume, PAGES.get(Paper.LETTER), document(BUILT.get(Paper.LETTER), "dossier.pdf").bytes());
    for (String s : seeds) {
      assertThat(txt).as("text dossier").contains(DossierChecks.flat(s));
      assertThat(md).as("Markdown dossier").contains(DossierChecks.flat(s));
    }
  }

  @Test
  void textListsTheDiagramStepsInOrderAndMarkdownDrawsThemAsMermaid() {
    String txt = DossierChecks.flat(text("dossier.txt"));
    String md = text("dossier.md");
    for (Diagram d : resume.diagrams()) {
      assertThat(txt).containsPattern(toRegex(d));
      assertThat(md).contains(mermaid(d));
    }
    assertThat(md).doesNotContain("↓");
    assertThat(txt).doesNotContain("↓");
    assertThat(resume.diagrams().get(2).steps().get(2).branches())
        .as("the sample's cache branches on a hit and a miss")
        .hasSize(2);
  }

  /**
   * A diagram as the Markdown draws it: a left-to-right Mermaid flowchart, one box per step, a
   * step's branches boxes of their own, each joined to the next step.
   */
  static String mermaid(Diagram d) {
    StringBuilder out = new StringBuilder("```mermaid\nflowchart LR\n");
    for (int i = 0; i < d.steps().size(); i++) {
      Step s = d.steps().get(i);
      String box = "s%d[\"%02d %s<br>%s\"]".formatted(i + 1, i + 1, s.name(), s.detail());
      if (i == 0) {
        out.append("  ").append(box).append("\n");
      } else if (d.steps().get(i - 1).branches().isEmpty()) {
        out.append("  s").append(i).append(" --> ").append(box).append("\n");
      } else {
        for (int b = 1; b <= d.steps().get(i - 1).branches().size(); b++) {
          out.append("  s%db%d --> ".formatted(i, b))
              .append(b == 1 ? box : "s" + (i + 1))
              .append("\n");
        }
      }
      for (int b = 0; b < s.branches().size(); b++) {
        out.append(
            "  s%d --> s%db%d[\"%s<br>%s\"]\n"
                .formatted(
                    i + 1, i + 1, b + 1, s.branches().get(b).name(), s.branches().get(b).detail()));
      }
    }
    return out.append("```\n").toString();
  }

  static String toRegex(Diagram d) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < d.steps().size(); i++) {
      Step s = d.steps().get(i);
      parts.add(
          Pattern.quote("%02d".formatted(i + 1))
              + " "
              + Pattern.quote(s.name() + " — " + s.detail()));
      s.branches().forEach(b -> parts.add("or " + Pattern.quote(b.name() + " — " + b.detail())));
    }
    return String.join(" ", parts);
  }

  @Test
  void linksReachEveryContact() {
    PdfReadback pdf = PdfReadback.of(document(BUILT.get(Paper.LETTER), "dossier.pdf").bytes());
    assertThat(pdf.links())
        .contains(
            "mailto:tushar@example.com",
            "https://tushar.example.com",
            "https://github.example.com/tushar");
  }

  @Test
  void theCoverReadsEachContactAsAnItemOfItsOwn() {
    // in stream order, as readers take it: each contact apart from the dot after it
    dev.vitae.StreamText text =
        dev.vitae.StreamText.of(document(BUILT.get(Paper.LETTER), "dossier.pdf").bytes());
    assertThat(dev.vitae.StreamText.flat(text.pages().get(0)))
        .contains("tushar@example.com · tushar.example.com · github.example.com/tushar");
    assertThat(text.items().get(0))
        .extracting(i -> i.text().strip())
        .containsSubsequence("tushar@example.com", "·", "tushar.example.com", "·");
  }

  @Test
  void theDossierKeepsThePortfoliosOwnWords() {
    // locale.words of the sample: the portfolio's labels, not vitae's English defaults
    String text = PdfReadback.of(document(BUILT.get(Paper.LETTER), "dossier.pdf").bytes()).text();
    assertThat(text)
        .contains(
            "backend engineer / distributed systems / operational tooling",
            "system dossier / 01 · Large Discord communities",
            "system dossier / 04",
            "Scalability / Reliability",
            "Operational Complexity")
        .doesNotContain("Dossier 1 of 4", "Scalability and reliability");
  }

  @Test
  void fontsAreEmbeddedAndTheTextLayerIsClean() {
    PdfReadback pdf = PdfReadback.of(document(BUILT.get(Paper.LETTER), "dossier.pdf").bytes());
    assertThat(pdf.fontsEmbedded()).isNotEmpty().containsOnly(true);
    assertThat(pdf.fonts()).allMatch(f -> f.matches("[A-Z]{6}\\+SourceSans3-.*"));
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
    PdfReadback pdf = PdfReadback.of(document(BUILT.get(Paper.LETTER), "dossier.pdf").bytes());
    assertThat(pdf.title()).isEqualTo("Tushar — Dossier");
    assertThat(pdf.author()).isEqualTo("Tushar");
    assertThat(pdf.subject())
        .startsWith("backend engineer / distributed systems / operational tooling");
    assertThat(pdf.keywords()).contains("Node.js", "Redis", "PostgreSQL");
  }

  @Test
  void plainTextIsWrappedAtEightyColumns() {
    assertThat(text("dossier.txt").lines()).allMatch(l -> l.codePointCount(0, l.length()) <= 80);
  }

  @Test
  void documentsHaveTheirKindsAndNames() {
    assertThat(BUILT.get(Paper.LETTER).documents())
        .extracting(Document::fileName)
        .containsExactly("Tushar-Dossier.pdf", "Tushar-Dossier.txt", "Tushar-Dossier.md");
    assertThat(BUILT.get(Paper.LETTER).documents())
        .extracting(Document::kind)
        .containsExactly("dossier.pdf", "dossier.txt", "dossier.md");
  }

  @Test
  void outputsMatchTheGoldenFiles() {
    Golden.assertMatches("sample/dossier.xhtml", BUILT.get(Paper.LETTER).xhtml());
    Golden.assertMatches("sample/dossier.txt", text("dossier.txt"));
    Golden.assertMatches("sample/dossier.md", text("dossier.md"));
  }

  @Test
  void twoBuildsAreByteIdentical() {
    BaseDocuments.DossierBuilt again =
        BaseDocuments.create()
            .dossier(Samples.resume(), new BuildOptions(Paper.LETTER, TIME), "Tushar-Dossier");
    for (int i = 0; i < again.documents().size(); i++) {
      assertThat(again.documents().get(i).bytes())
          .isEqualTo(BUILT.get(Paper.LETTER).documents().get(i).bytes());
    }
  }

  @Test
  void aResumeWithOnlyANameStillMakesADossier() {
    Resume bare =
        Samples.load(
            "bare.yaml", "basics:\n  name: Ada Lovelace\n".getBytes(StandardCharsets.UTF_8));
    BaseDocuments.DossierBuilt built =
        BaseDocuments.create()
            .dossier(bare, new BuildOptions(Paper.A4, TIME), "Ada-Lovelace-Dossier");
    PdfPages pdf = PdfPages.of(document(built, "dossier.pdf").bytes(), "Ada Lovelace");
    assertThat(pdf.count()).isEqualTo(1);
    assertThat(pdf.page(1)).contains("Ada Lovelace");
    assertThat(pdf.bookmarks()).isEmpty();
    assertThat(new String(document(built, "dossier.txt").bytes(), StandardCharsets.UTF_8))
        .startsWith("Ada Lovelace\n");
  }

  @Test
  void markupCharactersInTheDataArePrintedAsWritten() {
    String name = "Zoë O'Brien & <Co>";
    Resume r =
        Samples.load(
            "marks.yaml",
            """
        basics:
          name: "%s"
        notes:
          - category: "C# & *stars*"
            title: "Use <b> and [links](x) # literally"
            body: "1. not a list; 50%% done & more"
          - title: "A long note, to reach a second page with its running header"
            body: "%s"
        """
                .formatted(name, "Words of it. ".repeat(400))
                .getBytes(StandardCharsets.UTF_8));
    BaseDocuments.DossierBuilt built =
        BaseDocuments.create().dossier(r, new BuildOptions(Paper.LETTER, TIME), "x");
    PdfPages pdf = PdfPages.of(document(built, "dossier.pdf").bytes(), name);
    assertThat(pdf.page(1)).contains(name);
    assertThat(pdf.bookmarks())
        .extracting(PdfPages.Bookmark::title)
        .containsExactly("Engineering notes");
    String body = DossierChecks.body(pdf);
    assertThat(body)
        .contains(
            "C# & *stars*", "Use <b> and [links](x) # literally", "1. not a list; 50% done & more");
    assertThat(pdf.headers().get(1)).startsWith(name);
    String md = new String(document(built, "dossier.md").bytes(), StandardCharsets.UTF_8);
    assertThat(md)
        .contains("# Zoë O'Brien & \\<Co\\>", "Use \\<b\\> and \\[links\\](x) \\# literally");
    String txt = new String(document(built, "dossier.txt").bytes(), StandardCharsets.UTF_8);
    assertThat(txt).startsWith(name + "\n").contains("Use <b> and [links](x) # literally");
  }
}
