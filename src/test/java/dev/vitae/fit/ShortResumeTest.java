package dev.vitae.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.model.FitMode;
import dev.vitae.pipeline.BaseDocuments;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A résumé shorter than a page is set at the most relaxed density (11 pt, generous spacing) and
 * stays top-aligned: spacing is capped there rather than stretched to fill the page.
 */
class ShortResumeTest {

  @Test
  void aNearlyFullPageIsSetRelaxedAndReachesTheLowerHalf() {
    // three jobs of two bullets: a little less than a page at 11 pt
    BaseDocuments.Built built = Fitting.build(Inputs.resume(3, 2, Set.of()), FitMode.DROP);
    FitReport report = built.fit();
    assertThat(report.step()).isZero();
    assertThat(report.bodyPt()).isEqualTo(DensityLadder.TOP_PT);
    assertThat(report.dropped()).isEmpty();
    assertThat(report.layouts()).isEqualTo(2); // the tightest, then the most relaxed, which fits
    byte[] pdf = Fitting.pdf(built);
    assertThat(PdfReadback.of(pdf).pages()).isEqualTo(1);
    List<Fitting.PdfLine> lines = Fitting.lines(pdf);
    Fitting.PdfLine last = lines.get(lines.size() - 1);
    assertThat(last.y()).as("last line '%s'", last.text()).isGreaterThan(last.pageHeight() / 2);
    assertThat(report.fill()).isBetween(0.5, 1.0);
  }

  @Test
  void aVeryShortOneStaysTopAlignedWithCappedSpacing() {
    BaseDocuments.Built built = Fitting.build(Inputs.resume(1, 3, Set.of()), FitMode.DROP);
    FitReport report = built.fit();
    assertThat(report.step()).isZero();
    assertThat(report.bodyPt()).isEqualTo(DensityLadder.TOP_PT);
    assertThat(report.summary()).endsWith(", nothing dropped");
    List<Fitting.PdfLine> lines = Fitting.lines(Fitting.pdf(built));
    Fitting.PdfLine name = lines.get(0);
    assertThat(name.text()).isEqualTo("Ada Example");
    assertThat(name.y()).as("the name sits at the top").isLessThan(name.pageHeight() * 0.12f);
    assertThat(report.fill()).as("not stretched to fill the page").isLessThan(0.75);
    List<Fitting.PdfLine> bullets = lines.stream().filter(l -> l.text().startsWith("•")).toList();
    assertThat(bullets).hasSize(3);
    for (int i = 1; i < bullets.size(); i++) {
      float gap = bullets.get(i).y() - bullets.get(i - 1).y();
      // one bullet is at most two lines at 11 pt × 1.34 leading, plus the bullet gap
      assertThat(gap).isLessThan(2 * 11 * 1.34f + 3);
    }
  }
}
