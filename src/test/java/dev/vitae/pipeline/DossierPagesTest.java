package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PageFill;
import dev.vitae.PdfPages;
import dev.vitae.Samples;
import dev.vitae.cli.Main;
import dev.vitae.model.Resume;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample's dossiers as a reader turns their pages, in both themes and on both paper sizes:
 * every page about two-thirds full unless the next one opens a part, no page holding a single line,
 * figures, flows and notes each whole on one page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierPagesTest {

  /** About two-thirds of the content area's height. */
  static final double FULL = 0.66;

  /** The dossier's page margins, top and bottom (templates/dossier.ftlx, {@code @page}). */
  static final double TOP_MM = 25;

  static final double BOTTOM_MM = 20;

  final Resume resume = Samples.resume();
  final List<Built> built = new ArrayList<>();

  /** One dossier PDF of a build: its theme, paper and variant ({@code ""} for the base). */
  record Built(
      String theme, String paper, String variant, Path file, PdfPages pages, PageFill fill) {
    @Override
    public String toString() {
      return "%s %s %s".formatted(theme, paper, variant.isEmpty() ? "base" : variant);
    }
  }

  @BeforeAll
  void build(@TempDir Path dir) throws IOException {
    List<String> variants = List.copyOf(resume.variants().keySet());
    for (String theme : List.of("modern", "classic")) {
      for (String paper : List.of("letter", "a4")) {
        Path out = dir.resolve(theme + "-" + paper);
        // --only builds the base alone, unless variants are named
        List<String> args = new ArrayList<>(List.of("--theme", theme, "--paper", paper));
        build(out, args);
        variants.forEach(v -> args.addAll(List.of("--variant", v)));
        build(out, args);
        add(theme, paper, "", out.resolve("Tushar-Dossier.pdf"));
        for (String v : variants) {
          add(theme, paper, v, out.resolve(v).resolve("Tushar-Dossier-" + v + ".pdf"));
        }
      }
    }
  }

  private static void build(Path out, List<String> more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "build",
                Samples.SAMPLE.toString(),
                "--only",
                "dossier",
                "--quiet",
                "--out",
                out.toString()));
    args.addAll(more);
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
  }

  private void add(String theme, String paper, String variant, Path file) throws IOException {
    byte[] pdf = Files.readAllBytes(file);
    built.add(
        new Built(
            theme,
            paper,
            variant,
            file,
            PdfPages.of(pdf, resume.basics().name()),
            PageFill.of(pdf, TOP_MM, BOTTOM_MM)));
  }

  Stream<Built> dossiers() {
    return built.stream();
  }

  Stream<Built> baseDossiers() {
    return built.stream().filter(b -> b.variant().isEmpty());
  }

  /**
   * A page falls short only where a page break is forced after it: the last page of a part (or of a
   * system dossier) whose follower opens a new page, and the last page of all.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dossiers")
  void everyPageIsTwoThirdsFullUnlessTheNextOpensAPart(Built b) {
    for (int p = 1; p < b.pages().count(); p++) {
      if (!DossierChecks.opensAPage(resume, b.pages().page(p + 1).get(0))) {
        assertThat(b.fill().page(p))
            .as(
                "page %d of %d (%s), followed by '%s'",
                p, b.pages().count(), b, b.pages().page(p + 1).get(0))
            .isGreaterThanOrEqualTo(FULL);
      }
    }
  }

  /** No page is a lone line run over from the page before, under its heading or not. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dossiers")
  void noPageHoldsASingleLine(Built b) {
    List<String> headings = DossierChecks.headings(resume);
    for (int p = 1; p <= b.pages().count(); p++) {
      List<String> lines = b.pages().page(p).stream().filter(l -> !headings.contains(l)).toList();
      assertThat(lines).as("lines of page %d (%s) besides headings", p, b).hasSizeGreaterThan(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("baseDossiers")
  void figuresFlowsAndNotesStandWholeOnOnePage(Built b) throws IOException {
    byte[] pdf = Files.readAllBytes(b.file());
    DossierChecks.diagramsWholeAndInOrder(resume, pdf);
    DossierChecks.flowsWholeAndInOrder(resume, pdf);
    DossierChecks.notesWhole(resume, b.pages());
  }

  /**
   * The last skill of the inventory and the last principle go over to a page with the one before.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("baseDossiers")
  void noListEndsWithItsLastRowAloneOnAPage(Built b) {
    List<String> skills =
        resume.skills().stream().map(g -> g.name() + " " + g.keywords().get(0).text()).toList();
    int k = skills.size();
    assertThat(pagesOfLine(b.pages(), skills.get(k - 1)))
        .isEqualTo(pagesOfLine(b.pages(), skills.get(k - 2)))
        .hasSize(1);
    var principles = resume.principles();
    int n = principles.size();
    assertThat(pagesOfLine(b.pages(), "%02d %s".formatted(n, principles.get(n - 1).title())))
        .isEqualTo(
            pagesOfLine(b.pages(), "%02d %s".formatted(n - 1, principles.get(n - 2).title())))
        .hasSize(1);
  }

  /** The pages on which a line starts with {@code start}. */
  static List<Integer> pagesOfLine(PdfPages pdf, String start) {
    return java.util.stream.IntStream.rangeClosed(1, pdf.count())
        .filter(p -> pdf.page(p).stream().anyMatch(l -> l.startsWith(start)))
        .boxed()
        .toList();
  }

  /**
   * A cover too full for its contents sets them whole on the page after it, under their own running
   * header, rather than a row or two of them.
   */
  @org.junit.jupiter.api.Test
  void contentsTheCoverCannotHoldStandWholeOnTheNextPage() {
    String summary = resume.basics().summary();
    String yaml = new String(Samples.bytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(yaml).contains(summary);
    Resume full =
        Samples.load(
            "full-cover.yaml",
            yaml.replace(summary, (summary + " ").repeat(4).strip())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var built =
        BaseDocuments.create()
            .dossier(
                full,
                new BuildOptions(dev.vitae.view.Paper.LETTER, java.time.Instant.EPOCH),
                "Tushar-Dossier");
    PdfPages pdf = PdfPages.of(built.documents().get(0).bytes(), full.basics().name());
    assertThat(pdf.page(1)).doesNotContain("Contents");
    assertThat(pdf.page(2).get(0)).isEqualTo("Contents");
    assertThat(pdf.headers().get(1)).isEqualTo(full.basics().name() + " Contents");
    for (String part : DossierChecks.PARTS) {
      assertThat(DossierChecks.flat(pdf.page(2))).contains(DossierChecks.title(full, part));
    }
    assertThat(pdf.page(3).get(0)).isEqualTo(DossierChecks.title(full, "systems"));
  }
}
