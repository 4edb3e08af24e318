package dev.vitae.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.model.FitMode;
import dev.vitae.render.Templates;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.render.pdf.LaidOut;
import dev.vitae.render.pdf.PdfEngine;
import dev.vitae.render.pdf.PdfStamp;
import dev.vitae.view.ResumeView;
import java.time.Instant;
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
    assertThat(withMemory.get()).isEqualTo(searched.get()).isGreaterThan(1);
    assertThat(f.report()).isEqualTo(search.report());
    assertThat(pdf(f)).isEqualTo(searchPdf);
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
}
