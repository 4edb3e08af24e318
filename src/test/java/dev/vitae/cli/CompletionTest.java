package dev.vitae.cli;

import static dev.vitae.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion as bash runs it: flags' values from the enums, variants from resume.yaml. */
class CompletionTest {

  @TempDir Path dir;

  @Test
  void statusesAreOfferedAsTheFilesWriteThem() {
    assertThat(CliTest.run("applications", "--help").out().replaceAll("\\s+", " "))
        .contains("only those with this status: draft, sent, interview, offer, rejected, withdrawn")
        .doesNotContain("DRAFT");
    assertThat(CliTest.run("apply", "--help").out().replaceAll("\\s+", " "))
        .contains("draft, sent, interview");
  }

  @Test
  void variantsNamesPrintsOneNameALine() {
    CliTest.Run r = run("variants", "--names", CliTest.SAMPLE);
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("backend\nplatform\nrealtime\n");
  }

  @Test
  void everyVariantOptionAsksTheFileAndNoneIsLeftWithoutValues() {
    String script = run("generate-completion").out();
    assertThat(script)
        .contains(CompletionCommand.VARIANTS)
        .doesNotContain(CompletionCommand.NO_VALUES);
    assertThat(script.split("'--variant'\\)", -1).length - 1)
        .isEqualTo(script.split("vitae variants --names", -1).length - 1);
  }

  /** What bash offers for the words typed, with {@code vitae variants --names} as given. */
  private String complete(String variantNames, String... words) throws Exception {
    Path script = dir.resolve("vitae-completion.bash");
    Files.writeString(script, run("generate-completion").out());
    String typed = String.join(" ", words);
    String program =
        "vitae() { printf '"
            + variantNames
            + "'; }\n"
            + "source "
            + script
            + "\n"
            + "COMP_WORDS=("
            + typed
            + ")\n"
            + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
            + "COMP_LINE='"
            + typed
            + "'\n"
            + "_complete_vitae\n"
            + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process p =
        new ProcessBuilder("bash", "-c", program)
            .directory(dir.toFile())
            // compopt complains outside a real completion; what is offered goes to stdout
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void bashCompletesVariantsThemesAndDocuments() throws Exception {
    assertThat(complete("backend\\nplatform\\nrealtime\\n", "vitae", "build", "--variant", "p"))
        .isEqualTo("platform\n");
    assertThat(complete("", "vitae", "build", "--theme", "c")).isEqualTo("classic\n");
    assertThat(complete("", "vitae", "build", "--only", "dos")).isEqualTo("dossier\n");
  }

  @Test
  void theSampleScriptIsValidBash() throws IOException, InterruptedException {
    Path script = dir.resolve("vitae-completion.bash");
    Files.writeString(script, run("generate-completion").out());
    Process p =
        new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue())
        .as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
  }
}
