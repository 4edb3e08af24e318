package dev.vitae.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.BaseDocuments;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.view.Paper;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Many shapes of résumé, on both paper sizes: always one page, the most important bullets in it.
 */
class LayoutBudgetTest {

  static final BaseDocuments VITAE = BaseDocuments.create();

  @ParameterizedTest(name = "{0} jobs × {1} bullets on {2}")
  @CsvSource({
    "2, 2, LETTER", "4, 5, LETTER", "5, 6, A4", "6, 4, LETTER", "8, 3, A4", "9, 7, LETTER",
    "14, 2, LETTER", "20, 1, A4", "3, 12, LETTER", "1, 30, A4", "12, 6, A4", "40, 15, A4"
  })
  void onePageWithinTheBudget(int jobs, int bullets, Paper paper) {
    Resume r = Inputs.resume(jobs, bullets, Set.of("0.0", "1.2"));
    BaseDocuments.Built built = VITAE.resume(r, new BuildOptions(paper, Fitting.TIME), "x");
    assertThat(PdfReadback.of(Fitting.pdf(built)).pages()).isEqualTo(1);
    String text = Fitting.flatText(Fitting.pdf(built));
    assertThat(text).contains(Inputs.bullet(0, 0));
    if (jobs > 1 && bullets > 2) {
      assertThat(text).contains(Inputs.bullet(1, 2));
    }
  }
}
