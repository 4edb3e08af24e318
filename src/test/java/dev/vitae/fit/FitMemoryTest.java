package dev.vitae.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.model.FitMode;
import dev.vitae.render.Templates;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.render.pdf.LaidOut;
import dev.vitae.render.pdf.PdfEngine;
import dev.vitae.render.pdf.PdfStamp;
import dev.vitae.view.Entry;
import dev.vitae.view.Line;
import dev.vitae.view.ResumeView;
import dev.vitae.view.Section;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fit of a page fitted before (the same view, template and fonts, as a server builds it again)
 * lays out only the earlier answer: one layout instead of a search, and the same page, report and
 * PDF bytes as the search.
 */
class FitMemoryTest {

  private final Templates templates = Templates.create(Optional.empty());
  private final PdfEngine engine = new PdfEngine(FontSet.shipped());
  private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");

  /** A fitter with the shipped template that counts its layouts. */
  private OnePageFitter fitter(AtomicInteger layouts) {
    return new OnePageFitter(
        v -> templates.render("resume.ftlx", v),
        x -> {
          layouts.incrementAndGet();
          return engine.layout(x);
        });
  }

  private static byte[] pdf(Fitted f) {
    LaidOut layout = f.layout();
    return layout.write(new PdfStamp(TIME, f.xhtml()));
  }

  @ParameterizedTest(name = "{0} jobs x {1} bullets")
  @CsvSource({"3, 3", "5, 5", "12, 6"}) // the density ladder; a fit that drops bullets
  void theSamePageIsLaidOutOnceWithTheSearchsResult(int jobs, int bullets) {
    ResumeView view = OnePageFitterTest.view(jobs, bullets);
    AtomicInteger searched = new AtomicInteger();
    Fitted search = (Fitted) fitter(searched).fit(view, FitMode.DROP);
    byte[] searchPdf = pdf(search);
    assertThat(searched.get()).isGreaterThan(1);

    FitMemory memory = FitMemory.create();
    AtomicInteger first = new AtomicInteger();
    Fitted remembered = (Fitted) fitter(first).fit(view, FitMode.DROP, memory);
    byte[] rememberedPdf = pdf(remembered);
    assertThat(first.get()).isEqualTo(searched.get());

    AtomicInteger again = new AtomicInteger();
    Fitted reused = (Fitted) fitter(again).fit(view, FitMode.DROP, memory);
    byte[] reusedPdf = pdf(reused);
    assertThat(again.get()).isEqualTo(1);
    for (Fitted f : new Fitted[] {remembered, reused}) {
      assertThat(f.report()).isEqualTo(search.report());
      assertThat(f.xhtml()).isEqualTo(search.xhtml());
      assertThat(f.view()).isEqualTo(search.view());
      assertThat(f.layout().pages()).isEqualTo(1);
    }
    assertThat(rememberedPdf).isEqualTo(searchPdf);
    assertThat(reusedPdf).isEqualTo(searchPdf);
  }

  @ParameterizedTest(name = "{0} jobs x {1} bullets after 5 x 5")
  @CsvSource({"5, 4", "12, 6"})
  void anotherPageSearchesAgain(int jobs, int bullets) {
    FitMemory memory = FitMemory.create();
    fitter(new AtomicInteger()).fit(OnePageFitterTest.view(5, 5), FitMode.DROP, memory);
    ResumeView other = OnePageFitterTest.view(jobs, bullets);
    AtomicInteger searched = new AtomicInteger();
    Fitted search = (Fitted) fitter(searched).fit(other, FitMode.DROP);
    AtomicInteger withMemory = new AtomicInteger();
    byte[] searchPdf = pdf(search);
    Fitted f = (Fitted) fitter(withMemory).fit(other, FitMode.DROP, memory);
    // the last fit's step tried first costs at most one layout more when it misses
    assertThat(withMemory.get()).isGreaterThan(1).isLessThanOrEqualTo(searched.get() + 1);
    assertThat(f.xhtml()).isEqualTo(search.xhtml());
    assertThat(f.view()).isEqualTo(search.view());
    assertThat(pdf(f)).isEqualTo(searchPdf);
  }

  @ParameterizedTest(name = "{0} jobs x {1} bullets, one bullet edited")
  @CsvSource({"3, 3", "5, 5"})
  void anEditedPageStartsFromTheLastStepAndEndsOnTheSearchsPage(int jobs, int bullets) {
    FitMemory memory = FitMemory.create();
    ResumeView before = OnePageFitterTest.view(jobs, bullets);
    fitter(new AtomicInteger()).fit(before, FitMode.DROP, memory);
    ResumeView edited = edited(before);
    AtomicInteger searched = new AtomicInteger();
    Fitted search = (Fitted) fitter(searched).fit(edited, FitMode.DROP);
    AtomicInteger seeded = new AtomicInteger();
    Fitted f = (Fitted) fitter(seeded).fit(edited, FitMode.DROP, memory);
    assertThat(f.xhtml()).isEqualTo(search.xhtml());
    assertThat(pdf(f)).isEqualTo(pdf(search));
    assertThat(seeded.get())
        .as("layouts from the last step (the search made %d)", searched.get())
        .isLessThan(searched.get())
        .isLessThanOrEqualTo(3);
    assertThat(f.report().layouts()).isEqualTo(seeded.get());
  }

  /** The view with its first bullet's last word changed, as a save in watch changes a page. */
  private static ResumeView edited(ResumeView v) {
    List<Section> sections = new java.util.ArrayList<>(v.sections());
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (!s.entries().isEmpty() && !s.entries().get(0).bullets().isEmpty()) {
        Entry e = s.entries().get(0);
        List<Line> bullets = new java.util.ArrayList<>(e.bullets());
        Line b = bullets.get(0);
        bullets.set(0, Line.of(b.plain() + " again").withRef(b.ref(), b.priority()));
        List<Entry> entries = new java.util.ArrayList<>(s.entries());
        entries.set(0, e.withBullets(bullets));
        sections.set(i, s.withEntries(entries));
        break;
      }
    }
    return new ResumeView(
        v.info(),
        v.name(),
        v.label(),
        v.headline(),
        v.contacts(),
        sections,
        v.density(),
        v.paper());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"DROP", "STRICT"})
  void noMemoryAlwaysSearches(FitMode mode) {
    FitMemory none = FitMemory.none();
    ResumeView view = OnePageFitterTest.view(5, 5);
    AtomicInteger first = new AtomicInteger();
    fitter(first).fit(view, mode, none);
    AtomicInteger again = new AtomicInteger();
    fitter(again).fit(view, mode, none);
    assertThat(again.get()).isEqualTo(first.get()).isGreaterThan(1);
  }

  @ParameterizedTest(name = "{0} jobs x {1} bullets")
  @CsvSource({"5, 5", "12, 6"})
  void aMemoryWrittenAsTextIsReadByTheNextProcessUnderTheSameMaker(int jobs, int bullets) {
    ResumeView view = OnePageFitterTest.view(jobs, bullets);
    FitMemory earlier = FitMemory.create();
    AtomicInteger searched = new AtomicInteger();
    Fitted search = (Fitted) fitter(searched).fit(view, FitMode.DROP, earlier);
    String text = earlier.text("vitae.jar 123 456 java 25");
    assertThat(text).startsWith("vitae fit memory 1\nmaker vitae.jar 123 456 java 25\n");
    assertThat(text).doesNotContain(view.name()); // the keys are digests

    FitMemory next = FitMemory.create();
    next.restore(text, "vitae.jar 123 456 java 25");
    AtomicInteger again = new AtomicInteger();
    Fitted recalled = (Fitted) fitter(again).fit(view, FitMode.DROP, next);
    assertThat(again.get()).isEqualTo(1);
    assertThat(recalled.report()).isEqualTo(search.report());
    assertThat(pdf(recalled)).isEqualTo(pdf(search));

    FitMemory edited = FitMemory.create();
    edited.restore(text, "vitae.jar 123 456 java 25");
    AtomicInteger seeded = new AtomicInteger();
    fitter(seeded).fit(edited(view), FitMode.DROP, edited);
    assertThat(seeded.get()).isLessThanOrEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "another maker|vitae fit memory 1\\nmaker vitae.jar 999 456 java 25\\n",
        "another format|vitae fit memory 2\\nmaker vitae.jar 123 456 java 25\\n",
        "a damaged line|vitae fit memory 1\\nmaker vitae.jar 123 456 java 25\\nanswer zz 1 2 x\\n",
        "not a memory|%PDF-1.7\\n"
      })
  void textFromOtherCodeOrDamagedIsNotRead(String what, String header) {
    ResumeView view = OnePageFitterTest.view(5, 5);
    FitMemory earlier = FitMemory.create();
    fitter(new AtomicInteger()).fit(view, FitMode.DROP, earlier);
    String body =
        earlier
            .text("vitae.jar 123 456 java 25")
            .lines()
            .skip(2)
            .reduce("", (a, l) -> a + l + "\n");
    FitMemory next = FitMemory.create();
    next.restore(header.replace("\\n", "\n") + body, "vitae.jar 123 456 java 25");
    AtomicInteger layouts = new AtomicInteger();
    fitter(layouts).fit(view, FitMode.DROP, next);
    assertThat(layouts.get()).as(what).isGreaterThan(1);
  }

  @ParameterizedTest(name = "{0} jobs x {1} bullets")
  @CsvSource({"3, 3", "5, 5"})
  void anotherResumeStartsFromTheStepTheLastBuildEndedOn(int jobs, int bullets) {
    ResumeView first = OnePageFitterTest.view(jobs, bullets);
    ResumeView next = relabeled(edited(first), "Another Title");
    AtomicInteger searched = new AtomicInteger();
    Fitted search = (Fitted) fitter(searched).fit(next, FitMode.DROP);

    FitMemory memory = FitMemory.create();
    fitter(new AtomicInteger()).fit(first, FitMode.DROP, memory);
    AtomicInteger sameBuild = new AtomicInteger();
    fitter(sameBuild).fit(next, FitMode.DROP, memory);
    assertThat(sameBuild.get())
        .as("within one build: no seed from a variant")
        .isEqualTo(searched.get());

    FitMemory afterBuild = FitMemory.create();
    fitter(new AtomicInteger()).fit(first, FitMode.DROP, afterBuild);
    afterBuild.endBuild();
    AtomicInteger seeded = new AtomicInteger();
    Fitted f = (Fitted) fitter(seeded).fit(next, FitMode.DROP, afterBuild);
    assertThat(seeded.get()).isLessThan(searched.get()).isLessThanOrEqualTo(3);
    assertThat(f.xhtml()).isEqualTo(search.xhtml());
    assertThat(pdf(f)).isEqualTo(pdf(search));
  }

  private static ResumeView relabeled(ResumeView v, String label) {
    return new ResumeView(
        v.info(),
        v.name(),
        label,
        v.headline(),
        v.contacts(),
        v.sections(),
        v.density(),
        v.paper());
  }
}
