package dev.vitae.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.model.Resume;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How the contact line names the person's place: "City, Region", as résumé parsers look for. */
class ContactsTest {

  static String place(String location) {
    Resume r =
        Samples.load(
            "resume.yaml",
            ("basics:\n  name: Ada\n  location:\n" + location).getBytes(StandardCharsets.UTF_8));
    return ResumeViews.contacts(r.basics(), Writing.of(r)).getLast().text();
  }

  @Test
  void cityAndRegionWithoutTheCountry() {
    assertThat(place("    city: Austin\n    region: Texas\n    countryCode: US\n"))
        .isEqualTo("Austin, Texas");
  }

  @Test
  void theCountryStandsInForAMissingRegion() {
    assertThat(place("    city: Berlin\n    countryCode: DE\n")).isEqualTo("Berlin, DE");
    assertThat(place("    city: Tel Aviv\n")).isEqualTo("Tel Aviv");
  }
}
