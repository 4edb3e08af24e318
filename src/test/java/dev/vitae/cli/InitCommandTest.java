package dev.vitae.cli;

import static dev.vitae.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vitae init: a starter that builds as it is, and never a file overwritten. */
class InitCommandTest {

  @TempDir Path dir;

  @Test
  void theStarterBuildsToAOnePagePdfAndItsVariant() throws IOException {
    Path file = dir.resolve("resume.yaml");
    Run init = run("init", file.toString());
    assertThat(init.code()).isZero();
    assertThat(init.err()).isEmpty();
    assertThat(init.out())
        .isEqualTo(
            "wrote "
                + file
                + "\n"
                + "wrote "
                + dir.resolve("resume.schema.json")
                + " (lets editors complete and check resume.yaml)\n"
                + "next: edit "
                + file
                + ", then run: vitae build "
                + file
                + "\n");
    assertThat(Files.readString(file))
        .startsWith("# yaml-language-server: $schema=resume.schema.json\n")
        .contains(
            "basics:",
            "metrics:",
            "work:",
            "projects:",
            "skills:",
            "education:",
            "awards:",
            "variants:");
    assertThat(Files.readString(dir.resolve("resume.schema.json"))).isEqualTo(run("schema").out());

    assertThat(run("validate", file.toString()).out()).isEqualTo(file + ": ok\n");
    Path out = dir.resolve("out");
    Run build = run("build", file.toString(), "--out", out.toString());
    assertThat(build.code()).isZero();
    assertThat(build.errBesidesPlaceholders()).isEmpty();
    assertThat(build.err())
        .as("the starter's example contacts are named until they are replaced")
        .contains(
            file + ":20:10: warning: 'alex@example.com' is a placeholder",
            file + ":22:8: warning: 'https://alex.example.com' is a placeholder");
    assertThat(PdfReadback.of(Files.readAllBytes(out.resolve("Alex-Example-Resume.pdf"))).pages())
        .isEqualTo(1);
    assertThat(
            PdfReadback.of(
                    Files.readAllBytes(out.resolve("backend/Alex-Example-Resume-backend.pdf")))
                .pages())
        .isEqualTo(1);
    assertThat(build.out()).contains("nothing dropped").doesNotContainPattern("dropped \\d+ items");
  }

  @Test
  void theStartersLocaleExampleBuildsInGermanOnceUncommented() throws IOException {
    Path file = dir.resolve("resume.yaml");
    assertThat(run("init", file.toString()).code()).isZero();
    String german =
        Files.readString(file)
            .replace("# locale:", "locale:")
            .replace("#   language: de", "  language: de")
            .replace("#   words:", "  words:");
    Files.writeString(file, german);
    Path out = dir.resolve("out");
    Run build = run("build", file.toString(), "--out", out.toString(), "--only", "text");
    assertThat(build.errBesidesPlaceholders()).isEmpty();
    assertThat(Files.readString(out.resolve("Alex-Example-Resume.txt")))
        .contains("Berufserfahrung", "Kenntnisse", "Ausbildung", " – heute");
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws IOException {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(file, "basics: {name: Mine}\n");
    Run r = run("init", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "vitae: error: "
                + file
                + " already exists; nothing written\n"
                + "  hint: name another file (vitae init new-resume.yaml), or move "
                + file
                + " away first\n");
    assertThat(Files.readString(file)).isEqualTo("basics: {name: Mine}\n");
    assertThat(dir.resolve("resume.schema.json")).doesNotExist();
  }

  @Test
  void anExistingSchemaIsKeptAndTheHelpHasExamples() throws IOException {
    Files.writeString(dir.resolve("resume.schema.json"), "{}\n");
    Run r = run("init", dir.resolve("cv.yaml").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("resume.schema.json");
    assertThat(Files.readString(dir.resolve("resume.schema.json"))).isEqualTo("{}\n");
    assertThat(run("init", "--help").out()).contains("Examples:", "vitae init cv/jane.yaml");
  }
}
