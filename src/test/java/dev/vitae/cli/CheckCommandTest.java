package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.WordCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir Path dir;

  /** Some documents of the sample, built into {@code dir}. */
  void buildSample(String only) {
    CliTest.Run r = CliTest.run("build", CliTest.SAMPLE, "--out", dir.toString(), "--only", only);
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void checksBuiltFilesAgainstTheirSource() {
    assertThat(CliTest.run("build", CliTest.SAMPLE, "--out", dir.toString()).code()).isZero();
    CliTest.Run r =
        CliTest.run(
            "check",
            dir.resolve("Tushar-Resume.pdf").toString(),
            dir.resolve("backend/Tushar-Resume-backend.pdf").toString(),
            "--source",
            CliTest.SAMPLE);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern(
            "ok     .*Tushar-Resume\\.pdf  1 page, 2 fonts embedded, [0-9,]+ bytes, \\d+ source strings in order\n");
    assertThat(r.out()).contains("Tushar-Resume-backend.pdf  1 page");
  }

  @Test
  void aFileThatIsNotAPdfFailsWithExitOne() throws IOException {
    Path bad = dir.resolve("bad.pdf");
    Files.writeString(bad, "not a pdf");
    CliTest.Run r = CliTest.run("check", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith("FAILED " + bad + "\n  - not a readable PDF");
  }

  @Test
  void aPdfFromAnotherSourceFailsTheTextCheck() throws IOException {
    buildSample("resume");
    Path other = dir.resolve("other.yaml");
    Files.writeString(
        other, "basics:\n  name: Tushar\nwork:\n  - name: Acme Rockets\n    position: Engineer\n");
    CliTest.Run r =
        CliTest.run(
            "check", dir.resolve("Tushar-Resume.pdf").toString(), "--source", other.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            "FAILED "
                + dir.resolve("Tushar-Resume.pdf")
                + "\n  - \"Acme Rockets\" is missing from the text layer"
                + "\n  - a résumé parser does not read work[0].title \"Engineer\" as a field of its"
                + " own (it reads \"Software Developer\")"
                + "\n  - a résumé parser does not read work[0].company \"Acme Rockets\" as a field of"
                + " its own (it reads \"Magnolia Pearl\")\n");
  }

  @Test
  void checksAWordCopyAgainstItsSourceAndFindsABulletMissing() throws IOException {
    buildSample("resume,docx");
    Path docx = dir.resolve("Tushar-Resume.docx");
    CliTest.Run ok = CliTest.run("check", docx.toString(), "--source", CliTest.SAMPLE);
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out())
        .matches("ok     \\Q" + docx + "\\E  [0-9,]+ bytes, \\d+ source strings in order\n");

    String bullet;
    try (var in = Files.newInputStream(docx);
        var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
      bullet =
          doc.getParagraphs().stream()
              .filter(p -> "ListBullet".equals(p.getStyle()) && p.getText().length() < 60)
              .findFirst()
              .orElseThrow()
              .getText();
    }
    Files.write(docx, WordCopies.withoutParagraph(Files.readAllBytes(docx), bullet));
    CliTest.Run r = CliTest.run("check", docx.toString(), "--source", CliTest.SAMPLE);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            "FAILED " + docx + "\n  - \"" + bullet + "\" is missing from the document's text\n");
  }

  @Test
  void checksTheDossiersWordCopyAgainstItsSourceAndFindsAStepMissing() throws IOException {
    buildSample("dossier,docx");
    Path docx = dir.resolve("Tushar-Dossier.docx");
    CliTest.Run ok = CliTest.run("check", docx.toString(), "--source", CliTest.SAMPLE);
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out())
        .matches("ok     \\Q" + docx + "\\E  [0-9,]+ bytes, \\d+ source strings in order\n");

    Files.write(
        docx,
        WordCopies.withoutParagraph(
            Files.readAllBytes(docx), "Context Builder — actor, target, correlation id"));
    CliTest.Run r = CliTest.run("check", docx.toString(), "--source", CliTest.SAMPLE);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            "FAILED "
                + docx
                + "\n  - \"Context Builder\" is missing from the document's text"
                + "\n  - \"actor, target, correlation id\" is missing from the document's text\n");
  }

  @Test
  void atsPrintsEachFieldBesideTheSourceAndFailsOnAMismatch() throws IOException {
    assertThat(
            CliTest.run("build", "resume.yaml", "--out", dir.toString(), "--only", "resume").code())
        .isZero();
    String pdf = dir.resolve("Tushar-Resume.pdf").toString();
    CliTest.Run sample = CliTest.run("check", "--ats", pdf, "--source", "resume.yaml");
    assertThat(sample.out())
        .containsPattern("\n  field +expected +found +\n")
        .containsPattern("\n  name +Tushar +Tushar +ok\n")
        .containsPattern("\n  work\\[0\\]\\.dates +Jan 2024 – Present +Jan 2024 – Present +ok\n")
        .containsPattern("\n  \\d+ fields, \\d+ mismatched\n");
    assertThat(sample.code()).isEqualTo(sample.out().contains("MISMATCH") ? 1 : 0);

    Path other = dir.resolve("other.yaml");
    Files.writeString(other, "basics:\n  name: Tushar\n  email: ada@example.com\n");
    CliTest.Run r = CliTest.run("check", "--ats", pdf, "--source", other.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .containsPattern("\n  name +Tushar +Tushar +ok\n")
        .containsPattern("\n  email +ada@example\\.com +.* +MISMATCH\n");
  }

  @Test
  void atsWithoutASourceIsAUsageError() {
    CliTest.Run r = CliTest.run("check", "--ats", "out/Tushar-Resume.pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            """
            vitae: error: --ats compares fields with the file the PDFs were built from
              hint: add --source resume.yaml
            """);
  }

  /** {@code vitae check PDF… --source SOURCE}. */
  private static CliTest.Run check(Path source, Path... pdfs) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check"));
    for (Path pdf : pdfs) {
      args.add(pdf.toString());
    }
    args.addAll(java.util.List.of("--source", source.toString()));
    return CliTest.run(args.toArray(String[]::new));
  }

  @Test
  void aResumeWhoseFitDroppedItemsPassesCheckSourceAsItPassedTheBuild() throws IOException {
    Path source = dir.resolve("long.yaml");
    Files.writeString(source, dev.vitae.fit.Inputs.yaml(200, 3, java.util.Set.of()));
    Path out = dir.resolve("out");
    CliTest.Run built = CliTest.run("build", source.toString(), "--out", out.toString());
    assertThat(built.code()).as(built.err()).isZero();
    assertThat(built.out()).containsPattern("dropped \\d{3} items to fit one page");
    assertThat(Files.readString(out.resolve("manifest.json")))
        .contains("\"refs\" : [ \"work[199].highlights[2]\"", "\"work[199]\", ");

    CliTest.Run r =
        check(
            source, out.resolve("Ada-Example-Resume.pdf"), out.resolve("Ada-Example-Dossier.pdf"));
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out())
        .containsPattern("ok     .*Ada-Example-Resume\\.pdf  1 page, .* source strings in order\n")
        .doesNotContain("missing");

    // the same PDF against a changed source is checked in full: what was dropped is missing
    Files.writeString(source, Files.readString(source) + "\n");
    CliTest.Run stale =
        CliTest.run(
            "check", out.resolve("Ada-Example-Resume.pdf").toString(), "--source", "" + source);
    assertThat(stale.code()).isEqualTo(1);
    assertThat(stale.out()).contains("is missing from the text layer");
  }

  @Test
  void aDossierWhoseEmailNoLongerMatchesTheSourceFails() throws IOException {
    Path source = dir.resolve("resume.yaml");
    String yaml =
        """
        basics:
          name: Ada Example
          label: Engineer
          email: ada@example.com
        work:
          - name: Acme
            position: Engineer
            highlights: [Built the thing.]
        """;
    Files.writeString(source, yaml);
    Path out = dir.resolve("out");
    assertThat(CliTest.run("build", source.toString(), "--out", out.toString()).code()).isZero();
    String dossier = out.resolve("Ada-Example-Dossier.pdf").toString();
    assertThat(CliTest.run("check", dossier, "--source", source.toString()).code()).isZero();

    Files.writeString(source, yaml.replace("ada@example.com", "ada.new@example.com"));
    CliTest.Run r = CliTest.run("check", dossier, "--source", source.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            "FAILED " + dossier + "\n  - \"ada.new@example.com\" is missing from the text layer\n");
  }

  @Test
  void aVariantNamedLikeTheBaseDoesNotMakeTheBasePdfFail() throws IOException {
    Path source = dir.resolve("resume.yaml");
    Files.writeString(
        source,
        """
        basics:
          name: Ada Example
          label: Engineer
        work:
          - name: Acme
            position: Engineer
            highlights: [Built the thing.]
        variants:
          platform:
            label: Platform Engineer
            filename: "{name}-{document}"
        """);
    Path out = dir.resolve("out");
    assertThat(CliTest.run("build", source.toString(), "--out", out.toString()).code()).isZero();
    CliTest.Run r =
        check(
            source,
            out.resolve("Ada-Example-Resume.pdf"),
            out.resolve("platform/Ada-Example-Resume.pdf"));
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("ok ")).count()).isEqualTo(2);
  }
}
