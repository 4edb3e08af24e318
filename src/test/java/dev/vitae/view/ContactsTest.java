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
    assertThat(place("    city: Berlin\n    countryCode: DE\n")).isEqualTo("Berlin, Germany");
    // found by trying real résumés: "Manchester, GB", "Singapore, SG"
    assertThat(place("    city: Manchester\n    countryCode: GB\n"))
        .isEqualTo("Manchester, United Kingdom");
    assertThat(place("    city: Singapore\n    countryCode: SG\n")).isEqualTo("Singapore");
    assertThat(place("    city: Atlantis\n    countryCode: QQ1\n")).isEqualTo("Atlantis, QQ1");
    assertThat(place("    city: Tel Aviv\n")).isEqualTo("Tel Aviv");
  }

  @Test
  void aPhoneLinkDialsTheNumberAsWritten() {
    // Found by trying real résumés: the trunk zero in brackets was dialled, and an extension was
    // glued onto the number.
    assertThat(ResumeViews.telephone("+44 (0)161 496 0753")).isEqualTo("tel:+441614960753");
    assertThat(ResumeViews.telephone("+1 (617) 555-0142 ext. 204"))
        .isEqualTo("tel:+16175550142;ext=204");
    assertThat(ResumeViews.telephone("+49 30 1234567 x12")).isEqualTo("tel:+49301234567;ext=12");
    assertThat(ResumeViews.telephone("030 / 123 45 67")).isEqualTo("tel:0301234567");
    assertThat(ResumeViews.telephone("+91 98765 43210")).isEqualTo("tel:+919876543210");
  }
}
