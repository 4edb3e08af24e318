package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees on the terminal, and the exit codes scripts rely on. */
class CliTest {

  /**
   * The sample résumé: a copy under src/test/resources, so that editing ./resume.yaml breaks no
   * test.
   */
  static final String SAMPLE = Samples.SAMPLE.toString();

  @TempDir Path dir;

  record Run(int code, String out, String err) {

    /**
     * What the run printed on stderr besides the warnings every build gives for placeholder
     * contacts (the sample's are on example.com; PlaceholderWarningsTest asserts those).
     */
    String errBesidesPlaceholders() {
      return PLACEHOLDER_WARNING.matcher(err).replaceAll("");
    }
  }

  private static final java.util.regex.Pattern PLACEHOLDER_WARNING =
      java.util.regex.Pattern.compile(
          "(?m)^[^\\n]*: warning: '[^\\n]*' is (?:a placeholder|not written yet)[^\\n]*\\n"
              + "[^\\n]*\\n[^\\n]*\\n  hint: write your real contact details[^\\n]*\\n");

  static Run run(String... args) {
    return run(Clock.system(ZoneId.systemDefault()), args);
  }

  static Run run(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(clock, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void buildWritesTheResumeAndDossierAsPdfTextAndMarkdownAndSaysSo() throws IOException {
    Run r = run("build", SAMPLE, "--out", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.errBesidesPlaceholders()).isEmpty();
    assertThat(r.err())
        .contains("resume.yaml:16:10: warning: 'tushar@example.com' is a placeholder");
    assertThat(r.out()).containsPattern("wrote .*Tushar-Resume\\.pdf +1 page +[0-9.]+ KB +\\d+ ms");
    assertThat(r.out()).contains("Tushar-Resume.txt", "Tushar-Resume.md", "manifest.json; done in");
    assertThat(r.out())
        .containsPattern("wrote .*Tushar-Dossier\\.pdf +\\d+ pages +[0-9.]+ KB +\\d+ ms");
    assertThat(r.out()).contains("Tushar-Dossier.txt", "Tushar-Dossier.md");
    assertThat(PdfReadback.of(Files.readAllBytes(dir.resolve("Tushar-Resume.pdf"))).pages())
        .isEqualTo(1);
    assertThat(PdfReadback.of(Files.readAllBytes(dir.resolve("Tushar-Dossier.pdf"))).pages())
        .isGreaterThan(1);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              ".vitae",
              "Tushar-Resume.pdf",
              "Tushar-Resume.txt",
              "Tushar-Resume.md",
              "Tushar-Dossier.pdf",
              "Tushar-Dossier.txt",
              "Tushar-Dossier.md",
              "Tushar-Resume.html",
              "Tushar-Portfolio.html",
              "manifest.json",
              "backend",
              "platform",
              "realtime");
    }
  }

  @Test
  void aBadFileExitsOneWithEveryErrorAndLeavesThePreviousOutputs() throws IOException {
    Path out = dir.resolve("out");
    assertThat(run("build", SAMPLE, "--out", out.toString()).code()).isZero();
    byte[] good = Files.readAllBytes(out.resolve("Tushar-Resume.pdf"));
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad, "basics:\n  name: Ada\n  emial: ada@example.com\nwork:\n  - startDate: 2021-13\n");

    Run r = run("build", bad.toString(), "--out", out.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            bad + ":3:3: error: unknown key 'emial' in basics",
            "  hint: did you mean 'email'?",
            bad + ":5:16: error: 'startDate' is not a date: '2021-13'",
            "2 errors",
            "vitae: nothing written; the previous outputs in " + out + " are unchanged");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    assertThat(Files.readAllBytes(out.resolve("Tushar-Resume.pdf"))).isEqualTo(good);
    assertThat(dev.vitae.OutFiles.of(out))
        .hasSize(33)
        .noneMatch(p -> p.toString().contains("staging"));
  }

  @Test
  void aMissingFileExitsOneWithAHint() {
    Run r = run("build", dir.resolve("nope.yaml").toString(), "--out", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("vitae: error: no such file: ", "hint:");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(run("build", "--no-such-flag").code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
    Run paper = run("build", SAMPLE, "--paper", "tabloid", "--out", dir.toString());
    assertThat(paper.code()).isEqualTo(2);
    assertThat(paper.err())
        .isEqualTo(
            "vitae: error: unknown paper size 'tabloid'\n  hint: use --paper letter or --paper a4\n");
    Run only = run("build", "--only", "resume,cv", "--out", dir.toString());
    assertThat(only.code()).isEqualTo(2);
    assertThat(only.err())
        .isEqualTo(
            """
            vitae: error: unknown document 'cv'
              hint: use --only resume, --only dossier, --only text, --only letter, --only docx or --only html
            """);
    assertThat(run("build", "--help").out())
        .contains("--only=DOC[,DOC...]   documents to write: resume, dossier, text, letter,")
        .contains("--paper=SIZE          letter, a4 (default: letter)");
  }

  @Test
  void validateSaysOkOrListsTheErrors() throws IOException {
    assertThat(run("validate", SAMPLE).out()).isEqualTo(SAMPLE + ": ok\n");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "basics:\n  label: x\n");
    Run r = run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(bad + ":2:3: error: basics is missing 'name'\n      label: x\n      ^\n");
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("build", "validate", "Examples:");
    assertThat(run("--version").out()).startsWith("vitae ");
    assertThat(run("build", "--help").out()).contains("--out", "--paper", "Examples:");
  }

  @Test
  void schemaPrintsOrWritesTheCommittedSchema() throws IOException {
    String committed = Files.readString(Path.of("schema/resume.schema.json"));
    Run printed = run("schema");
    assertThat(printed.code()).isZero();
    assertThat(printed.out()).isEqualTo(committed);
    Path file = dir.resolve("s/resume.schema.json");
    Run written = run("schema", "--out", file.toString());
    assertThat(written.out()).isEqualTo("wrote " + file + "\n");
    assertThat(Files.readString(file)).isEqualTo(committed);
  }

  @Test
  void aSetValueNoFontCoversIsRefusedBeforeAnyPdfIsWritten() {
    Path out = dir.resolve("out");
    Run r =
        run(
            "build",
            SAMPLE,
            "--out",
            out.toString(),
            "--only",
            "resume",
            "--set",
            "basics.label=Երևան Engineer");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            """
        vitae: error: the résumé uses characters no font covers: Ե (U+0535), ր (U+0580), և (U+0587), ա (U+0561), ն (U+0576)
          hint: add a TrueType font that has them to resume.yaml: 'fonts: [fonts/NotoSansArmenian-Regular.ttf]' (a .ttf file inside the folder of resume.yaml)
        vitae: nothing written; %s was not made
        """
                .formatted(out));
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void validateReportsCharactersNoFontCovers() throws IOException {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(file, "basics:\n  name: Გიორგი\n");
    Run r = run("validate", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            file
                + ":2:9: error: the résumé uses characters no font covers: "
                + "Გ (U+1C92), ი (U+10D8), ო (U+10DD), რ (U+10E0), გ (U+10D2)\n");
  }

  @Test
  void aLongUnbrokenNameAndUrlAndEveryShippedScriptBuildAndPassTheReadBackCheck()
      throws IOException {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(
        file,
        """
        basics:
          name: %s
          url: https://example.com/%s
        work:
          - name: Acme 🚀
            position: Ingénieure
            highlights:
              - 'Ελληνικά, Кириллица, Zoë Ångström ✅'
              - 'עברית: הובילה את המעבר (שלב 2) ללא השבתה'
              - 'العربية: بنيت منصة البيانات التي تخدم ١٢ فريقاً بتوفر 99.95٪.'
              - '中文：王小明，北京 · 日本語：東京 · 한국어: 서울'
        """
            .formatted("W".repeat(200), "a".repeat(380)));
    Run r = run("build", file.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.errBesidesPlaceholders()).isEmpty();
    assertThat(r.code()).isZero();
  }

  @Test
  void pdfaWritesAnArchivalPdf() throws IOException {
    Run r = run("build", SAMPLE, "--out", dir.toString(), "--only", "resume", "--pdfa");
    assertThat(r.code()).isZero();
    String pdf =
        new String(
            Files.readAllBytes(dir.resolve("Tushar-Resume.pdf")),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(pdf).startsWith("%PDF-1.4").contains("pdfaid:part", "GTS_PDFA1");
  }

  @Test
  void aResumeTooLongForOnePageIsFittedByLeavingOutBulletsAndSaysWhich() throws IOException {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(
        file,
        "basics:\n  name: Ada\nwork:\n  - name: Acme\n    highlights:\n"
            + "      - Built and ran the payments platform end to end, with on-call and audits.\n"
                .repeat(150));
    Path out = dir.resolve("out");
    Run r = run("build", file.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("dropped \\d+ items to fit one page:");
    assertThat(PdfReadback.of(Files.readAllBytes(out.resolve("Ada-Resume.pdf"))).pages())
        .isEqualTo(1);
    assertThat(r.err()).doesNotContain("bug in vitae");
  }
}
