package dev.vitae.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vitae.Samples;
import dev.vitae.model.FitMode;
import dev.vitae.pipeline.DoesNotFit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When content may not be dropped, or nothing droppable is left, fitting says how far over it is.
 */
class StrictFitTest {

  @Test
  void strictFailsSayingHowManyPagesAndWhatCouldBeCut() {
    DoesNotFit e =
        catchThrowableOfType(
            DoesNotFit.class, () -> Fitting.build(Inputs.resume(12, 6, Set.of()), FitMode.STRICT));
    Overflow o = e.overflow();
    assertThat(o.message())
        .isEqualTo("the résumé is 2.2 pages at the tightest readable setting (9 pt)");
    assertThat(o.strict()).isTrue();
    assertThat(o.layouts()).isEqualTo(1);
    assertThat(o.candidates())
        .hasSize(Overflow.SHOWN)
        .startsWith(
            "work[11] \"Software Engineer 1 — Company 12\": bullet 6 \"Owned the order…\"",
            "work[11] \"Software Engineer 1 — Company 12\": bullet 5 \"Rewrote a rate limiter…\"");
  }

  @Test
  void aLittleOverIsSaidToo() {
    DoesNotFit e =
        catchThrowableOfType(
            DoesNotFit.class, () -> Fitting.build(Inputs.resume(6, 5, Set.of()), FitMode.STRICT));
    assertThat(e.overflow().message())
        .isEqualTo("the résumé is 1.2 pages at the tightest readable setting (9 pt)");
  }

  @Test
  void strictChangesNothingWhenTheResumeFits() {
    assertThat(Fitting.build(Samples.resume(), FitMode.STRICT).fit())
        .isEqualTo(Fitting.build(Samples.resume(), FitMode.DROP).fit());
  }

  @Test
  void whenEverythingDroppableIsNotEnoughItFailsWithinTheLayoutBudget() {
    Set<String> all = new HashSet<>();
    for (int j = 0; j < 12; j++) {
      for (int b = 0; b < 6; b++) {
        all.add(j + "." + b);
      }
    }
    DoesNotFit e =
        catchThrowableOfType(
            DoesNotFit.class, () -> Fitting.build(Inputs.resume(12, 6, all), FitMode.DROP));
    Overflow o = e.overflow();
    assertThat(o.strict()).isFalse();
    assertThat(o.dropped()).isEqualTo(2); // the two awards; every job holds a priority-9 bullet
    assertThat(o.message())
        .isEqualTo(
            "the résumé is 2.0 pages at the tightest readable setting (9 pt) even with the 2 items that may be left out dropped");
    assertThat(o.layouts()).isLessThanOrEqualTo(OnePageFitter.MAX_LAYOUTS);
  }

  @Test
  void theSampleFitsWithoutDroppingAndWithinTheBudget() {
    FitReport r = Fitting.build(Samples.resume(), FitMode.DROP).fit();
    assertThat(r.dropped()).isEmpty();
    assertThat(r.layouts()).isLessThanOrEqualTo(OnePageFitter.MAX_LAYOUTS);
    assertThat(r.bodyPt()).isGreaterThanOrEqualTo(DensityLadder.FLOOR_PT);
  }
}
