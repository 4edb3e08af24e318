package dev.vitae.cli;

import static dev.vitae.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vitae export and vitae import, as a user runs them. */
class InteropCommandTest {

  private static final Path SAMPLE_JSON =
      Path.of("src/test/resources/json-resume/sample.resume.json");
  private static final Path OLDER = Path.of("src/test/resources/json-resume/older-keys.json");
  private static final Path OLDER_YAML = Path.of("src/test/resources/json-resume/older-keys.yaml");

  @TempDir Path dir;

  @Test
  void exportPrintsJsonResumeAndNotesWhatIsLeftOut() throws IOException {
    Run printed = run("export", "--format", "json-resume", CliTest.SAMPLE);
    assertThat(printed.code()).isZero();
    assertThat(printed.out())
        .startsWith("{\n  \"$schema\": \"https://raw.githubusercontent.com/jsonresume/")
        .endsWith("}\n");
    assertThat(printed.err())
        .startsWith("vitae: note: not in JSON Resume, left out: basics.headline, ")
        .contains("metrics", "systems", "variants");
    Path file = dir.resolve("resume.json");
    Run written = run("export", CliTest.SAMPLE, "--out", file.toString());
    assertThat(written.out()).isEqualTo("wrote " + file + "\n");
    assertThat(Files.readString(file)).isEqualTo(printed.out());
  }

  @Test
  void exportOfAVariantIsTheTailoredResume() throws IOException {
    Run r = run("export", CliTest.SAMPLE, "--variant", "backend");
    assertThat(r.code()).isZero();
    var doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.at("/basics/label").asText())
        .isEqualTo("Backend Engineer — APIs & Distributed Systems");
    assertThat(
            new ObjectMapper()
                .readTree(run("export", CliTest.SAMPLE).out())
                .at("/basics/label")
                .asText())
        .isEqualTo("backend engineer / distributed systems / operational tooling");
    Run unknown = run("export", CliTest.SAMPLE, "--variant", "bakend");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo("vitae: error: unknown variant 'bakend'\n  hint: did you mean 'backend'?\n");
  }

  @Test
  void exportOfAnUnknownFormatIsBadUsage() {
    Run r = run("export", "--format", "europass", CliTest.SAMPLE);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("vitae: error: unknown format 'europass'\n  hint: use --format json-resume\n");
  }

  @Test
  void importOfARealJsonResumeFileWritesAResumeYamlThatBuilds() throws IOException {
    Path out = dir.resolve("resume.yaml");
    Run r = run("import", SAMPLE_JSON.toString(), "--out", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            "wrote "
                + out
                + " from "
                + SAMPLE_JSON
                + "\nwrote "
                + dir.resolve("resume.schema.json")
                + " (lets editors complete and check resume.yaml)\n"
                + "fixed: projects[0].url: added https://\n");
    assertThat(Files.readString(out)).contains("    startDate: \"2013-12-01\"\n");
    assertThat(run("validate", out.toString()).out()).isEqualTo(out + ": ok\n");
    Run build = run("build", out.toString(), "--out", dir.resolve("out").toString());
    assertThat(build.code()).isZero();
    assertThat(build.out()).containsPattern("Richard-Hendriks-Resume\\.pdf 1 page ");
  }

  @Test
  void importReadsOlderKeysAsTodaysAndNamesWhatItIgnores() throws IOException {
    Path json = dir.resolve("resume.json");
    Files.writeString(
        json,
        """
        {"basics": {"name": "Ada", "website": "https://ada.example.com"},
         "work": [{"company": "Analytical Engines", "position": "Programmer", "startDate": "1842",
                   "x-note": "private"}]}
        """);
    Path out = dir.resolve("resume.yaml");
    Run r = run("import", json.toString(), "--out", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "wrote "
                + out
                + " from "
                + json
                + "\nwrote "
                + dir.resolve("resume.schema.json")
                + " (lets editors complete and check resume.yaml)"
                + "\nignored: work[0].x-note"
                + "\nfixed: basics.website: read as url"
                + "\nfixed: work[0].company: read as name\n");
    assertThat(Files.readString(out))
        .startsWith("# yaml-language-server: $schema=resume.schema.json\n")
        .contains("  url: \"https://ada.example.com\"\n", "  - name: \"Analytical Engines\"\n");
  }

  @Test
  void aJsonResumeWithOlderKeysBuildsAsItIsWithWarningsAndEveryEmployer() throws IOException {
    Run r = run("build", OLDER.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains(
            "older-keys.json:32:7: warning: 'x-visibility' in work[0] is not read by vitae;"
                + " left out",
            "older-keys.json:71:5: warning: 'theme' in meta is not read by vitae; left out");
    String text = VariantBuildTest.pdfText(dir.resolve("out").resolve("Mara-Okafor-Resume.pdf"));
    assertThat(text)
        .contains(
            "Brightwell Logistics",
            "Fenwick & Hale",
            "Northgate Council",
            "University of Leeds",
            "First-class honours",
            "okafor.dev");
  }

  @Test
  void jsonResumesOwnSampleBuildsAsItIs() {
    Run r = run("build", SAMPLE_JSON.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains(
            "sample.resume.json:148:14: warning: 'missdirection.example.com' is read as"
                + " 'https://missdirection.example.com'");
    assertThat(dir.resolve("out").resolve("Richard-Hendriks-Resume.pdf")).isNotEmptyFile();
  }

  @Test
  void aRenderCvFileConvertsAndBuildsToAOnePageResume() throws IOException {
    Path out = dir.resolve("resume.yaml");
    Path cv = Path.of("src/test/resources/rendercv/Priya_Raman_CV.yaml");
    Run r = run("import", cv.toString(), "--out", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "from RenderCV: cv.sections.experience (ExperienceEntry) → work\n",
            "from RenderCV: left out: design (vitae's look is its theme: --theme modern or"
                + " classic)\n");
    Run build = run("build", out.toString(), "--out", dir.resolve("out").toString());
    assertThat(build.code()).isZero();
    assertThat(build.out()).containsPattern("Priya-Raman-Resume\\.pdf 1 page ");
    assertThat(VariantBuildTest.pdfText(dir.resolve("out").resolve("Priya-Raman-Resume.pdf")))
        .contains(
            "Kestrel Payments",
            "Tanager Systems",
            "College of Engineering Pune",
            "SLO burn-rate alerts",
            "Kubernetes, Terraform, Prometheus, Go");
  }

  @Test
  void importReadsAJsonResumeWrittenAsYaml() throws IOException {
    Path out = dir.resolve("resume.yaml");
    Run r = run("import", OLDER_YAML.toString(), "--out", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "ignored: meta.theme\n",
            "fixed: work[0].company: read as name",
            "fixed: education[0].gpa: read as score");
    assertThat(Files.readString(out))
        .contains("  - name: \"Brightwell Logistics\"\n", "    score: \"First-class honours\"\n");
    assertThat(run("validate", out.toString()).out()).isEqualTo(out + ": ok\n");
  }

  @Test
  void importNeverOverwritesAndNeverWritesAFileWithErrors() throws IOException {
    Path out = dir.resolve("resume.yaml");
    Files.writeString(out, "basics: {name: Mine}\n");
    Run exists = run("import", SAMPLE_JSON.toString(), "--out", out.toString());
    assertThat(exists.code()).isEqualTo(1);
    assertThat(exists.err())
        .isEqualTo(
            "vitae: error: "
                + out
                + " already exists; nothing written\n"
                + "  hint: name another file with --out, or move "
                + out
                + " away first\n");
    assertThat(Files.readString(out)).isEqualTo("basics: {name: Mine}\n");

    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad, "{\"basics\": {\"name\": \"Ada\"}, \"work\": [{\"startDate\": \"March 2021\"}]}");
    Path target = dir.resolve("new.yaml");
    Run invalid = run("import", bad.toString(), "--out", target.toString());
    assertThat(invalid.code()).isEqualTo(1);
    assertThat(invalid.err())
        .contains(
            "error: 'startDate' is not a date: 'March 2021'",
            "vitae: nothing written: " + bad + " converts to a resume.yaml with the errors above");
    assertThat(target).doesNotExist();

    Files.writeString(bad, "{\"basics\": ");
    Run notJson = run("import", bad.toString(), "--out", target.toString());
    assertThat(notJson.code()).isEqualTo(1);
    assertThat(notJson.err()).startsWith("vitae: error: " + bad + ":1:").contains("not valid JSON");
  }

  @Test
  void theRoundTripThroughTheCommandLineKeepsTheContent() throws IOException {
    Path json = Path.of("src/test/resources/json-resume/round-trip.json");
    Path yaml = dir.resolve("resume.yaml");
    Path back = dir.resolve("back.json");
    assertThat(run("import", json.toString(), "--out", yaml.toString()).code()).isZero();
    Run export = run("export", yaml.toString(), "--out", back.toString());
    assertThat(export.err()).isEmpty();
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(back.toFile())).isEqualTo(m.readTree(json.toFile()));
  }
}
