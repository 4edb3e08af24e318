package dev.vitae.cli;

import static dev.vitae.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vitae.cli.CliTest.Run;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build --png, --quiet and --verbose; shell completion; examples in every command's help. */
class BuildFlagsTest {

  @TempDir Path dir;

  @Test
  void pngPreviewsSitBesideEachPdfInTheManifest() throws IOException {
    Run r =
        run(
            "build",
            CliTest.SAMPLE,
            "--png",
            "--variant",
            "backend",
            "--out",
            dir.toString(),
            "--paper",
            "a4");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("backend/Tushar-Resume-backend-1.png");
    BufferedImage page = ImageIO.read(dir.resolve("backend/Tushar-Resume-backend-1.png").toFile());
    // A4 (595 × 842 pt) at 100 dpi: 826 × 1169 pixels, the page's 210 : 297 aspect ratio.
    assertThat(page.getWidth()).isEqualTo(826);
    assertThat(page.getHeight()).isEqualTo(1169);
    assertThat((double) page.getWidth() / page.getHeight()).isCloseTo(210.0 / 297, within(0.002));
    assertThat(page.getRGB(5, 5) & 0xffffff).as("white paper").isEqualTo(0xffffff);
    assertThat(dir.resolve("backend/Tushar-Resume-backend-2.png")).doesNotExist();
    assertThat(Files.readString(dir.resolve("manifest.json")))
        .contains(
            "\"file\" : \"backend/Tushar-Resume-backend-1.png\"", "\"document\" : \"preview.png\"");
  }

  @Test
  void withoutPngThereAreNoPictures() throws IOException {
    assertThat(run("build", CliTest.SAMPLE, "--variant", "backend", "--out", dir.toString()).code())
        .isZero();
    assertThat(dev.vitae.OutFiles.of(dir))
        .isNotEmpty()
        .map(Path::toString)
        .noneMatch(f -> f.endsWith(".png"));
  }

  @Test
  void quietPrintsNothingButThePlaceholderWarnings() {
    Run r = run("build", CliTest.SAMPLE, "--quiet", "--out", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.errBesidesPlaceholders()).isEmpty();
    assertThat(dir.resolve("Tushar-Resume.pdf")).exists();
  }

  @Test
  void quietStillPrintsErrors() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "basics:\n  emial: x\n");
    Run r = run("build", bad.toString(), "-q", "--out", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("error: unknown key 'emial' in basics");
  }

  @Test
  void verbosePrintsTheTimeOfEveryStage() {
    Run r =
        run("build", CliTest.SAMPLE, "--verbose", "--variant", "backend", "--out", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .containsPattern(
            "  fit: .*\n  stages: tailor \\d+ ms, resume\\.pdf \\d+ ms, check \\d+ ms, text \\d+ ms, dossier \\d+ ms, html \\d+ ms\n");
    assertThat(r.out()).containsPattern("stages: load\\+validate \\d+ ms, write \\d+ ms\n");
    Run both = run("build", "-q", "-v", "--out", dir.toString());
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err())
        .startsWith("vitae: error: --quiet and --verbose cannot be used together\n");
  }

  @Test
  void completionScriptKnowsTheCommandsAndFlags() {
    Run r = run("generate-completion");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("complete -F _complete_vitae", "init", "export", "--png", "--quiet")
        .contains("(\"letter\" \"a4\") # --paper values", "(\"json-resume\") # --format values");
    assertThat(run("--help").out()).contains("generate-completion");
  }

  @Test
  void everyCommandsHelpHasExamples() {
    for (String command :
        new String[] {
          "init",
          "build",
          "validate",
          "check",
          "variants",
          "match",
          "export",
          "import",
          "schema",
          "generate-completion"
        }) {
      Run r = run(command, "--help");
      assertThat(r.code()).as(command).isZero();
      assertThat(r.out()).as(command).containsPattern("Examples?:\n  vitae " + command);
    }
  }
}
