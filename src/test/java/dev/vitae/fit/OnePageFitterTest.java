package dev.vitae.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.render.Templates;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.render.pdf.PdfEngine;
import dev.vitae.view.Emphasis;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ResumeViews;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fitter on its own, with the shipped template and with one that does not mark its blocks. */
class OnePageFitterTest {

  static Templates templates;
  static PdfEngine pdf;

  @BeforeAll
  static void engine() {
    templates = Templates.create(Optional.empty());
    pdf = new PdfEngine(FontSet.shipped());
  }

  static ResumeView view(int jobs, int bullets) {
    return ResumeViews.of(
        Inputs.resume(jobs, bullets, Set.of()),
        ResumeViews.DEFAULT_ORDER,
        Emphasis.NONE,
        Paper.LETTER);
  }

  static FitResult fit(ResumeView view, Function<ResumeView, String> template) {
    return new OnePageFitter(template, pdf::layout).fit(view);
  }

  @Test
  void measuringTheBlocksFindsTheFewestDropsInThreeLayouts() {
    Fitted f = (Fitted) fit(view(12, 6), v -> templates.render("resume.ftlx", v));
    assertThat(f.layout().pages()).isEqualTo(1);
    // the tightest step, the measured guess (fits), then one bullet back, which overflows by more
    // than 1% of a page: the search stops there (with headings at 1.25 times the body it no longer
    // needs the fourth layout it took when headings were set at 10 pt)
    assertThat(f.report().layouts()).isEqualTo(3);
  }

  @Test
  void aLongCareerKeepsEveryJobAsAHeadingAndLosesTheMinorSectionsFirst() {
    ResumeView view =
        ResumeViews.of(
            Inputs.withMinorSections(12, 6),
            ResumeViews.DEFAULT_ORDER,
            Emphasis.NONE,
            Paper.LETTER);
    Fitted f = (Fitted) fit(view, v -> templates.render("resume.ftlx", v));
    assertThat(f.layout().pages()).isEqualTo(1);
    List<String> keys = f.view().sections().stream().map(s -> s.key()).toList();
    assertThat(keys).doesNotContain("interests", "volunteer", "awards");
    List<dev.vitae.view.Entry> jobs =
        f.view().sections().stream()
            .filter(s -> s.key().equals("work"))
            .findFirst()
            .orElseThrow()
            .entries();
    assertThat(jobs).hasSize(12);
    assertThat(jobs.get(0).bullets()).isNotEmpty();
    assertThat(jobs.get(11).bullets()).isEmpty();
    assertThat(f.report().dropped().get(0))
        .startsWith(
            "work[11] \"" + jobs.get(11).title() + " — " + jobs.get(11).org() + "\": bullet 6");
    assertThat(f.report().dropped()).contains("interests \"Climbing, Chess\": whole section");
  }

  @ParameterizedTest(name = "{0} jobs × {1} bullets")
  @CsvSource({"6, 5", "12, 6", "40, 15", "14, 2"})
  void dropsNoMoreThanNeeded(int jobs, int bullets) {
    ResumeView view = view(jobs, bullets);
    Fitted f = (Fitted) fit(view, v -> templates.render("resume.ftlx", v));
    List<String> names = Cuts.candidates(view).stream().map(Cut::name).toList();
    List<String> dropped = f.report().dropped();
    int k =
        names.indexOf(dropped.get(dropped.size() - 1)) + 1; // the last item dropped is always named
    assertThat(k).isPositive();
    ResumeView oneFewer =
        Cuts.apply(view, Cuts.candidates(view), k - 1)
            .withDensity(DensityLadder.step(DensityLadder.TIGHTEST));
    assertThat(pdf.layout(templates.render("resume.ftlx", oneFewer)).pages())
        .as("putting back %s", dropped.get(dropped.size() - 1))
        .isEqualTo(2);
  }

  @Test
  void aTemplateWithoutMarksStillGetsOnePageWithinTheBudget() {
    Function<ResumeView, String> unmarked =
        v -> templates.render("resume.ftlx", v).replaceAll(" data-ref=\"[^\"]*\"", "");
    ResumeView view = view(12, 6);
    Fitted f = (Fitted) fit(view, unmarked);
    assertThat(f.xhtml()).doesNotContain("data-ref");
    assertThat(f.layout().pages()).isEqualTo(1);
    assertThat(f.report().layouts()).isLessThanOrEqualTo(OnePageFitter.MAX_LAYOUTS);
    Fitted marked = (Fitted) fit(view, v -> templates.render("resume.ftlx", v));
    assertThat(f.report().dropped().size())
        .as("bisection drops at least what measuring does")
        .isGreaterThanOrEqualTo(marked.report().dropped().size());
  }
}
