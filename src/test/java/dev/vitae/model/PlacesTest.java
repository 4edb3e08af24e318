package dev.vitae.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vitae.model.Places.Piece;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Words with places, filled and cut by ICU's message format, apostrophes being text. */
class PlacesTest {

  @Test
  void placesAreFilledByName() {
    assertThat(Places.fill("Dossier {n} of {count}", Locale.ENGLISH, Map.of("n", 1, "count", 4)))
        .isEqualTo("Dossier 1 of 4");
    assertThat(
            Places.fill(
                "ملف {n} من {count}", Locale.forLanguageTag("ar-EG"), Map.of("n", 2, "count", 3)))
        .as("digits 0-9, as the page counters are")
        .isEqualTo("ملف 2 من 3");
  }

  @Test
  void anApostropheIsText() {
    // ICU would read the apostrophe as quoting "{n}" and print "l{n}".
    assertThat(Places.fill("l'illustration {n}, l'{n}", Locale.FRENCH, Map.of("n", 3)))
        .isEqualTo("l'illustration 3, l'3");
    assertThat(Places.pieces("page {page} de l'ensemble ({pages})"))
        .containsExactly(
            new Piece("page ", ""),
            new Piece("", "page"),
            new Piece(" de l'ensemble (", ""),
            new Piece("", "pages"),
            new Piece(")", ""));
  }

  @Test
  void namesInOrderAndWhatIsNotAPlace() {
    assertThat(Places.names("{pages} / {page}")).containsExactly("pages", "page");
    assertThat(Places.names("Summary")).isEmpty();
    assertThatThrownBy(() -> Places.names("Dossier {n of {count}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Places.names("{n, plural, one {#} other {#}}"))
        .hasMessage("'{n, plural, one {#} other {#}}' is not a place; a place is a name in braces");
  }
}
