package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.view.Emphasis;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ResumeViews;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The digest that keys a verified résumé tells apart any two values that differ. */
class ValueDigestTest {

  private static ResumeView view(Paper paper) {
    return ResumeViews.of(Samples.resume(), ResumeViews.DEFAULT_ORDER, Emphasis.NONE, paper);
  }

  @Test
  void equalValuesHaveOneDigestAndAnyDifferenceAnother() {
    ResumeView letter = view(Paper.LETTER);
    assertThat(ValueDigest.of(letter)).isEqualTo(ValueDigest.of(view(Paper.LETTER))).hasSize(64);
    assertThat(ValueDigest.of(letter)).isNotEqualTo(ValueDigest.of(view(Paper.A4)));
    ResumeView relabelled =
        new ResumeView(
            letter.info(),
            letter.name(),
            letter.label() + ".",
            letter.headline(),
            letter.contacts(),
            letter.sections(),
            letter.density(),
            letter.paper());
    assertThat(ValueDigest.of(relabelled)).isNotEqualTo(ValueDigest.of(letter));
    assertThat(ValueDigest.of(letter.withHeadingsAsWritten())).isNotEqualTo(ValueDigest.of(letter));
  }

  @Test
  void partsAreToldApartByWhereTheyEnd() {
    assertThat(ValueDigest.of(List.of("ab"))).isNotEqualTo(ValueDigest.of(List.of("a", "b")));
    assertThat(ValueDigest.of("a", "b")).isNotEqualTo(ValueDigest.of("ab"));
    assertThat(ValueDigest.of((Object) null)).isNotEqualTo(ValueDigest.of(""));
    assertThat(ValueDigest.of(Optional.empty())).isNotEqualTo(ValueDigest.of(Optional.of("")));
    assertThat(ValueDigest.of(1)).isNotEqualTo(ValueDigest.of("1"));
    assertThat(ValueDigest.of(List.of(List.of("a"), List.of())))
        .isNotEqualTo(ValueDigest.of(List.of(List.of(), List.of("a"))));
  }
}
