package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Golden;
import dev.vitae.PdfPages;
import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import dev.vitae.model.Diagram;
import dev.vitae.model.Dossier;
import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import dev.vitae.model.SectionText;
import dev.vitae.model.Step;
import dev.vitae.view.Paper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sample dossier, read back page by page, on both paper sizes. */
class SampleDossierTest {

  static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");
  /** The parts in the order the dossier sets them, by their key in resume.yaml's sections. */
  static final List<String> PARTS = List.of(
      "systems", "dossiers", "diagrams", "notes", "skills", "work", "principles", "credentials", "contact");
  /** Labels the template sets inside each system dossier. */
  static final List<String> DOSSIER_LABELS = List.of(
      "Problem", "Architecture", "Scalability and reliability", "Operational complexity",
      "Technical decisions", "Stack");

  static Resume resume;
  static final Map<Paper, Vitae.DossierBuilt> BUILT = new EnumMap<>(Paper.class);
  static final Map<Paper, PdfPages> PAGES = new EnumMap<>(Paper.class);

  @BeforeAll
  static void build() {
    resume = Samples.resume();
    Vitae vitae = Vitae.create(Optional.empty());
    for (Paper paper : Paper.values()) {
      Vitae.DossierBuilt built = vitae.dossier(resume, new BuildOptions(paper, TIME), "Tushar-Dossier");
      BUILT.put(paper, built);
      PAGES.put(paper, PdfPages.of(document(built, "dossier.pdf").bytes(), resume.basics().name()));
    }
  }

  static Document document(Vitae.DossierBuilt built, String kind) {
    return built.documents().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow();
  }

  static String text(String kind) {
    return new String(document(BUILT.get(Paper.LETTER), kind).bytes(), StandardCharsets.UTF_8);
  }

  static String title(String part) {
    return resume.sections().get(part).title();
  }

  static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** Every heading the PDF sets: part titles, dossier titles and labels, figure, note and principle titles. */
  static List<String> headings() {
    List<String> out = new ArrayList<>(PARTS.stream().map(SampleDossierTest::title).toList());
    out.add("Contents");
    resume.dossiers().forEach(d -> out.add(d.title()));
    out.addAll(DOSSIER_LABELS);
    for (int i = 0; i < resume.diagrams().size(); i++) {
      out.add("Figure " + (i + 1));
      out.add(resume.diagrams().get(i).title());
    }
    resume.notes().forEach(n -> {
      out.add(n.category());
      out.add(n.title());
    });
    for (int i = 0; i < resume.principles().size(); i++) {
      out.add("%02d %s".formatted(i + 1, resume.principles().get(i).title()));
    }
    out.addAll(List.of("Education", "Awards"));
    return out;
  }

  /** Every string of resume.yaml the dossier must carry. */
  static List<String> seeds() {
    List<String> out = new ArrayList<>();
    var b = resume.basics();
    out.addAll(List.of(b.name(), b.label(), b.headline(), b.summary(), b.availability(), b.email()));
    b.focus().stream().map(Item::text).forEach(out::add);
    for (var m : resume.metrics()) {
      out.addAll(List.of(m.value(), m.label(), m.context()));
    }
    for (SectionText s : resume.sections().values()) {
      out.add(s.title());
      if (s.subtitle() != null) {
        out.add(s.subtitle());
      }
      if (s.intro() != null) {
        out.add(s.intro());
      }
    }
    for (var s : resume.systems()) {
      out.addAll(List.of(s.name(), s.category(), s.metric(), s.summary(), s.organisation()));
    }
    for (Dossier d : resume.dossiers()) {
      out.addAll(List.of(d.title(), d.role(), d.organisation(), d.problem(), d.architecture(), d.reliability()));
      out.addAll(d.metrics());
      d.operations().stream().map(Item::text).forEach(out::add);
      d.decisions().stream().map(Item::text).forEach(out::add);
      out.addAll(d.stack());
    }
    for (Diagram d : resume.diagrams()) {
      out.add(d.title());
      out.add(d.summary());
      for (Step s : d.steps()) {
        out.add(s.name());
        out.add(s.detail());
      }
    }
    for (var n : resume.notes()) {
      out.addAll(List.of(n.category(), n.title(), n.body()));
    }
    for (var g : resume.skills()) {
      out.add(g.name());
      g.keywords().stream().map(Item::text).forEach(out::add);
    }
    for (var w : resume.work()) {
      out.addAll(List.of(w.name(), w.position(), w.location()));
      out.addAll(w.stack());
      w.highlights().stream().map(Item::text).forEach(out::add);
    }
    for (var p : resume.principles()) {
      out.addAll(List.of(p.title(), p.body()));
    }
    for (var e : resume.education()) {
      out.addAll(List.of(e.institution(), e.studyType(), e.area(), e.location(), e.score()));
    }
    for (var a : resume.awards()) {
      out.addAll(List.of(a.title(), a.awarder()));
    }
    return out;
  }

  /** The page each contents entry names, read from the contents page. */
  static Map<String, Integer> contentsPages(PdfPages pdf) {
    List<String> contents = pdf.page(2);
    assertThat(contents.get(0)).isEqualTo("Contents");
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    List<String> titles = new ArrayList<>();
    for (String part : PARTS) {
      titles.add(title(part));
      if (part.equals("dossiers")) {
        resume.dossiers().forEach(d -> titles.add(d.title()));
      }
    }
    for (String t : titles) {
      Pattern line = Pattern.compile(Pattern.quote(t) + " (\\d+)");
      Integer page = contents.stream().map(line::matcher).filter(Matcher::matches)
          .map(m -> Integer.parseInt(m.group(1))).findFirst().orElse(null);
      assertThat(page).as("contents entry for '%s' in %s", t, contents).isNotNull();
      out.put(t, page);
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void bookmarksMirrorTheSectionsAndOpenTheirPages(Paper paper) {
    PdfPages pdf = PAGES.get(paper);
    assertThat(pdf.bookmarks()).extracting(PdfPages.Bookmark::title)
        .containsExactlyElementsOf(PARTS.stream().map(SampleDossierTest::title).toList());
    var dossiers = pdf.bookmarks().get(PARTS.indexOf("dossiers"));
    assertThat(dossiers.children()).extracting(PdfPages.Bookmark::title)
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
    PdfPages pdf = PAGES.get(paper);
    contentsPages(pdf).forEach((heading, page) -> {
      assertThat(pdf.pagesWithLine(heading)).as("pages where '%s' stands as a line", heading)
          .containsExactly(page);
    });
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
    assertThat(pdf.internalLinks().get(1)).as("links on the contents page: title, then page number")
        .containsExactlyElementsOf(expected);
  }

  @Test
  void eachSystemLinksToItsDossier() {
    PdfPages pdf = PAGES.get(Paper.LETTER);
    int systemsPage = contentsPages(pdf).get(title("systems"));
    Map<String, Integer> pages = contentsPages(pdf);
    List<Integer> expected = new ArrayList<>();
    for (var s : resume.systems()) {
      String dossier = resume.dossiers().stream().filter(d -> d.id().equals(s.dossier())).findFirst()
          .orElseThrow().title();
      expected.add(pages.get(dossier));
      expected.add(pages.get(dossier));
      assertThat(flat(String.join("\n", pdf.page(systemsPage))))
          .contains("Dossier: " + dossier + ", page " + pages.get(dossier));
    }
    assertThat(pdf.internalLinks().get(systemsPage - 1)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void eachSystemDossierStartsOnANewPage(Paper paper) {
    PdfPages pdf = PAGES.get(paper);
    int previous = 0;
    for (int i = 0; i < resume.dossiers().size(); i++) {
      Dossier d = resume.dossiers().get(i);
      List<Integer> pages = pdf.pagesWithLine(d.title());
      assertThat(pages).as("'%s'", d.title()).hasSize(1);
      int page = pages.get(0);
      assertThat(page).isGreaterThan(previous);
      String kicker = "Dossier " + (i + 1) + " of " + resume.dossiers().size() + " · " + d.organisation();
      String first = i == 0 ? title("dossiers") : kicker;
      assertThat(pdf.page(page).get(0)).as("first line of page %d", page).isEqualTo(first);
      assertThat(pdf.page(page)).contains(kicker);
      assertThat(pdf.headers().get(page - 1)).startsWith(resume.basics().name())
          .endsWith(i == 0 ? title("dossiers") : d.title());
      previous = page;
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void eachDiagramsStepsReadInOrderOnOnePage(Paper paper) {
    PdfPages pdf = PAGES.get(paper);
    for (Diagram d : resume.diagrams()) {
      List<String> steps = new ArrayList<>();
      for (int i = 0; i < d.steps().size(); i++) {
        Step s = d.steps().get(i);
        steps.add("%02d %s %s".formatted(i + 1, s.name(), s.detail()));
      }
      String expected = String.join(" ↓ ", steps);
      long pagesWithWholeDiagram = pdf.lines().stream()
          .filter(page -> flat(String.join("\n", page)).contains(d.title() + " " + d.summary() + " " + expected))
          .count();
      assertThat(pagesWithWholeDiagram).as("pages holding all of '%s' in step order", d.title()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void noHeadingIsTheLastLineOfAPage(Paper paper) {
    PdfPages pdf = PAGES.get(paper);
    List<String> headings = headings();
    for (int p = 1; p <= pdf.count(); p++) {
      List<String> lines = pdf.page(p);
      String last = lines.get(lines.size() - 1);
      assertThat(headings).as("last line of page %d: '%s'", p, last).doesNotContain(last);
      assertThat(last).as("last line of page %d", p).doesNotStartWith("Dossier ");
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void everyPageButTheCoverHasTheRunningHeaderAndFooter(Paper paper) {
    PdfPages pdf = PAGES.get(paper);
    assertThat(pdf.headers().get(0)).isEmpty();
    assertThat(pdf.footers().get(0)).isEmpty();
    for (int p = 2; p <= pdf.count(); p++) {
      assertThat(pdf.headers().get(p - 1)).as("header of page %d", p).startsWith(resume.basics().name() + " ");
      assertThat(pdf.footers().get(p - 1)).isEqualTo("page " + p + " of " + pdf.count());
    }
    int skills = pdf.pagesWithLine(title("skills")).get(0);
    assertThat(pdf.headers().get(skills - 1)).endsWith(title("skills"));
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void isSetOnItsPaperSize(Paper paper) {
    PdfPages pdf = PAGES.get(paper);
    float[] size = paper == Paper.A4 ? new float[] {595.3f, 841.9f} : new float[] {612f, 792f};
    assertThat(pdf.sizes()).allSatisfy(box -> {
      assertThat(box.getWidth()).isCloseTo(size[0], org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight()).isCloseTo(size[1], org.assertj.core.data.Offset.offset(1f));
    });
    assertThat(document(BUILT.get(paper), "dossier.pdf").pages()).isEqualTo(pdf.count());
  }

  @Test
  void theCoverShowsNameLabelHeadlineMetricsFocusAndContacts() {
    List<String> cover = PAGES.get(Paper.LETTER).page(1);
    var b = resume.basics();
    assertThat(cover).contains(b.name(), b.label(), b.headline());
    String text = flat(String.join("\n", cover));
    assertThat(text).contains(b.summary(), b.email());
    resume.metrics().forEach(m -> assertThat(text).contains(m.value(), m.label(), m.context()));
    b.focus().forEach(f -> assertThat(text).contains(f.text()));
  }

  @Test
  void everySeedStringIsInThePdfTheTextAndTheMarkdown() {
    // a line broken after a hyphen ("operator-" / "facing") reads back without a space
    String pdf = flat(PAGES.get(Paper.LETTER).body().replace("-\n", "-"));
    String txt = flat(text("dossier.txt"));
    String md = flat(text("dossier.md").replace("\\", "").replace("**", ""));
    List<String> seeds = seeds();
    assertThat(seeds).hasSizeGreaterThan(250);
    for (String s : seeds) {
      assertThat(pdf).as("PDF dossier").contains(flat(s));
      assertThat(txt).as("text dossier").contains(flat(s));
      assertThat(md).as("Markdown dossier").contains(flat(s));
    }
  }

  @Test
  void textAndMarkdownListTheDiagramStepsInOrder() {
    String txt = flat(text("dossier.txt"));
    String md = flat(text("dossier.md"));
    for (Diagram d : resume.diagrams()) {
      assertThat(txt).containsPattern(toRegex(d));
      assertThat(md).containsPattern(toRegex(d));
    }
  }

  static String toRegex(Diagram d) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < d.steps().size(); i++) {
      Step s = d.steps().get(i);
      parts.add(Pattern.quote("%02d".formatted(i + 1)) + " " + Pattern.quote(s.name() + " — " + s.detail()));
    }
    return String.join(" ↓ ", parts);
  }

  @Test
  void linksReachEveryContact() {
    PdfReadback pdf = PdfReadback.of(document(BUILT.get(Paper.LETTER), "dossier.pdf").bytes());
    assertThat(pdf.links()).contains(
        "mailto:tushar@example.com", "https://tushar.example.com", "https://github.example.com/tushar");
  }

  @Test
  void fontsAreEmbeddedAndTheTextLayerIsClean() {
    PdfReadback pdf = PdfReadback.of(document(BUILT.get(Paper.LETTER), "dossier.pdf").bytes());
    assertThat(pdf.fontsEmbedded()).isNotEmpty().containsOnly(true);
    assertThat(pdf.fonts()).allMatch(f -> f.matches("[A-Z]{6}\\+SourceSans3-.*"));
    assertThat(pdf.text().codePoints().filter(c -> c == 0xFFFD
        || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
        || (c >= 0xFB00 && c <= 0xFB06))).isEmpty();
  }

  @Test
  void metadataIsSet() {
    PdfReadback pdf = PdfReadback.of(document(BUILT.get(Paper.LETTER), "dossier.pdf").bytes());
    assertThat(pdf.title()).isEqualTo("Tushar — Dossier");
    assertThat(pdf.author()).isEqualTo("Tushar");
    assertThat(pdf.subject()).startsWith("Backend Engineer / Distributed Systems / Operational Tooling");
    assertThat(pdf.keywords()).contains("Node.js", "Redis", "PostgreSQL");
  }

  @Test
  void plainTextIsWrappedAtEightyColumns() {
    assertThat(text("dossier.txt").lines()).allMatch(l -> l.codePointCount(0, l.length()) <= 80);
  }

  @Test
  void documentsHaveTheirKindsAndNames() {
    assertThat(BUILT.get(Paper.LETTER).documents()).extracting(Document::fileName)
        .containsExactly("Tushar-Dossier.pdf", "Tushar-Dossier.txt", "Tushar-Dossier.md");
    assertThat(BUILT.get(Paper.LETTER).documents()).extracting(Document::kind)
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
    Vitae.DossierBuilt again = Vitae.create(Optional.empty())
        .dossier(Samples.resume(), new BuildOptions(Paper.LETTER, TIME), "Tushar-Dossier");
    for (int i = 0; i < again.documents().size(); i++) {
      assertThat(again.documents().get(i).bytes()).isEqualTo(BUILT.get(Paper.LETTER).documents().get(i).bytes());
    }
  }

  @Test
  void aResumeWithOnlyANameStillMakesADossier() {
    Resume bare = Samples.load("bare.yaml", "basics:\n  name: Ada Lovelace\n".getBytes(StandardCharsets.UTF_8));
    Vitae.DossierBuilt built = Vitae.create(Optional.empty())
        .dossier(bare, new BuildOptions(Paper.A4, TIME), "Ada-Lovelace-Dossier");
    PdfPages pdf = PdfPages.of(document(built, "dossier.pdf").bytes(), "Ada Lovelace");
    assertThat(pdf.count()).isEqualTo(1);
    assertThat(pdf.page(1)).contains("Ada Lovelace");
    assertThat(pdf.bookmarks()).isEmpty();
    assertThat(new String(document(built, "dossier.txt").bytes(), StandardCharsets.UTF_8)).startsWith("Ada Lovelace\n");
  }
}
