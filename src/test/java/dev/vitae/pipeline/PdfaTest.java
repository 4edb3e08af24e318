package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import dev.vitae.model.FitMode;
import dev.vitae.view.Paper;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** With --pdfa the résumé is PDF/A-1b, as veraPDF (the PDF Association's validator) judges it. */
class PdfaTest {

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static byte[] build(boolean archival) {
    BuildOptions options =
        new BuildOptions(
            Paper.LETTER, Instant.parse("2026-01-01T00:00:00Z"), FitMode.DROP, 0, archival);
    return BaseDocuments.create()
        .resume(Samples.resume(), options, "Tushar-Resume")
        .documents()
        .get(0)
        .bytes();
  }

  static ValidationResult validate(byte[] pdf) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
      return validator.validate(parser);
    }
  }

  static String failures(ValidationResult r) {
    return r.getTestAssertions().stream()
        .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
        .map(
            a ->
                a.getRuleId().getClause()
                    + "-"
                    + a.getRuleId().getTestNumber()
                    + ": "
                    + a.getMessage())
        .distinct()
        .limit(20)
        .reduce("", (x, y) -> x + "\n" + y);
  }

  @Test
  void theArchivalResumeIsPdfA1b() throws Exception {
    byte[] pdf = build(true);
    ValidationResult result = validate(pdf);
    assertThat(result.isCompliant()).as(failures(result)).isTrue();
    PdfReadback back = PdfReadback.of(pdf);
    assertThat(back.pages()).isEqualTo(1);
    assertThat(back.title()).isEqualTo("Tushar — Résumé");
    assertThat(back.links()).contains("mailto:tushar@example.com");
  }

  @Test
  void theArchivalDossierIsPdfA1bWithItsBookmarksAndLinks() throws Exception {
    BuildOptions options =
        new BuildOptions(Paper.A4, Instant.parse("2026-01-01T00:00:00Z"), FitMode.DROP, 0, true);
    byte[] pdf =
        BaseDocuments.create()
            .dossier(Samples.resume(), options, "Tushar-Dossier")
            .documents()
            .get(0)
            .bytes();
    ValidationResult result = validate(pdf);
    assertThat(result.isCompliant()).as(failures(result)).isTrue();
    assertThat(PdfReadback.of(pdf).pages()).isGreaterThan(10);
  }

  @Test
  void everyShippedScriptAndEmojiStaysPdfA1bAndByteIdentical() throws Exception {
    var loaded =
        ScriptsTest.load(
            """
        basics:
          name: 'Zoë 🚀 Ångström'
        work:
          - name: Acme ✅
            highlights:
              - 'Ελληνικά, Кириллица, Dvořák ☕'
              - 'עברית: דנה כהן (תל אביב)'
              - 'العربية: سلام، الدار البيضاء'
        """);
    BuildOptions options =
        new BuildOptions(Paper.A4, Instant.parse("2026-01-01T00:00:00Z"), FitMode.DROP, 0, true);
    byte[] pdf =
        BaseDocuments.create()
            .resume(loaded.resume(), options, "Scripts")
            .documents()
            .get(0)
            .bytes();
    ValidationResult result = validate(pdf);
    assertThat(result.isCompliant()).as(failures(result)).isTrue();
    // Arabic's Unicode map is rewritten in an incremental update: still the same bytes every time.
    assertThat(
            BaseDocuments.create()
                .resume(loaded.resume(), options, "Scripts")
                .documents()
                .get(0)
                .bytes())
        .isEqualTo(pdf);
  }

  @Test
  void aMirroredHebrewResumeAndDossierWithTheirLanguageArePdfA1b() throws Exception {
    var resume =
        Samples.load(
            "resume.yaml",
            java.nio.file.Files.readAllBytes(java.nio.file.Path.of("examples/hebrew/resume.yaml")));
    BuildOptions options =
        new BuildOptions(Paper.A4, Instant.parse("2026-01-01T00:00:00Z"), FitMode.DROP, 0, true);
    BaseDocuments vitae = BaseDocuments.create();
    for (byte[] pdf :
        List.of(
            vitae.resume(resume, options, "He").documents().get(0).bytes(),
            vitae.dossier(resume, options, "He-Dossier").documents().get(0).bytes())) {
      ValidationResult result = validate(pdf);
      assertThat(result.isCompliant()).as(failures(result)).isTrue();
      assertThat(PdfReadback.of(pdf).language()).isEqualTo("he");
    }
  }

  @Test
  void twoArchivalBuildsAreByteIdentical() {
    assertThat(build(true)).isEqualTo(build(true));
  }

  @Test
  void thePlainResumeIsNotClaimedToBe() throws Exception {
    assertThat(validate(build(false)).isCompliant()).isFalse();
  }
}
