package dev.vitae.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The structural read-back is a gate of every build and of {@code vitae check --source}: a field a
 * parser does not recover fails the check, unless the résumé was made with the user's own template,
 * where it is said in one warning.
 */
class ReadBackGateTest {

  static final String MERGED =
      AtsReaderTest.HEAD
          + AtsReaderTest.job(
              "Senior Engineer", "2pt", "Analytical Engines", "Jan 1843 – Present", "Built.")
          + AtsReaderTest.EDUCATION;

  static List<ExpectedField> firstJobAndDegree() {
    return AtsReaderTest.expected("Analytical Engines").stream()
        .filter(f -> !f.name().startsWith("work[1]") && !f.name().startsWith("work[0].bullet"))
        .toList();
  }

  @Test
  void aFieldMergedIntoItsNeighbourFailsTheCheck() throws Exception {
    byte[] pdf = PdfCheckTest.xhtml(MERGED);
    CheckReport r =
        PdfCheck.check("Ada.pdf", pdf, new Expectation(0, List.of(), false, firstJobAndDegree()));
    assertThat(r.problems())
        .containsExactly(
            "a résumé parser does not read work[0].title \"Senior Engineer\" as a field of its own"
                + " (it reads \"Senior Engineer Analytical Engines\")",
            "a résumé parser does not read work[0].company \"Analytical Engines\" as a field of its"
                + " own (it reads nothing there)");
  }

  @Test
  void theSameFieldsSetApartPassIt() throws Exception {
    byte[] pdf = PdfCheckTest.xhtml(MERGED.replace("padding-left: 2pt", "padding-left: 12pt"));
    CheckReport r =
        PdfCheck.check("Ada.pdf", pdf, new Expectation(0, List.of(), false, firstJobAndDegree()));
    assertThat(r.problems()).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void withTheUsersOwnTemplateTheMissedFieldsAreOneWarning() throws Exception {
    byte[] pdf = PdfCheckTest.xhtml(MERGED);
    CheckReport r =
        PdfCheck.check(
            "Ada.pdf",
            pdf,
            new Expectation(0, List.of(), false, firstJobAndDegree()).fieldsReported());
    assertThat(r.problems()).isEmpty();
    assertThat(r.warnings())
        .containsExactly(
            "with your own template, a résumé parser does not read 2 of 13 fields as fields of"
                + " their own, the first work[0].title \"Senior Engineer\" (vitae check --ats shows"
                + " each)");
  }

  @Test
  void aMirroredPageIsHeldToItsFieldsToo() throws Exception {
    byte[] pdf = PdfCheckTest.xhtml(MERGED);
    assertThat(
            PdfCheck.check("Ada.pdf", pdf, new Expectation(0, List.of(), true, firstJobAndDegree()))
                .problems())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("a résumé parser does not read work[0].title \"Senior Engineer\"");
  }
}
