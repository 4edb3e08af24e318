package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vitae build} on a résumé too long for one page: with and without {@code --strict}. */
class StrictBuildTest {

  @TempDir Path dir;
  Path file;

  @BeforeEach
  void longResume() throws IOException {
    StringBuilder y =
        new StringBuilder(
            """
        basics:
          name: "Ada Example"
          email: "ada@example.com"
        work:
        """);
    for (int j = 0; j < 8; j++) {
      y.append("  - name: \"Company ")
          .append(j + 1)
          .append("\"\n    position: \"Engineer\"\n    highlights:\n");
      for (int b = 0; b < 8; b++) {
        y.append("      - \"Job ")
            .append(j + 1)
            .append(" bullet ")
            .append(b + 1)
            .append(
                ": built and ran a service that other teams relied on every day, and wrote down how.\"\n");
      }
    }
    file = dir.resolve("long.yaml");
    Files.writeString(file, y);
  }

  static CliTest.Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliTest.Run(code, out.toString(), err.toString());
  }

  @Test
  void fitWrittenInCapitalsIsAnErrorNotIgnored() throws IOException {
    Files.writeString(file, Files.readString(file) + "variants:\n  backend:\n    fit: STRICT\n");
    CliTest.Run v = run("validate", file.toString());
    assertThat(v.code()).isEqualTo(1);
    assertThat(v.err())
        .startsWith(
            file
                + ":"
                + Files.readString(file).lines().count()
                + ":10: error: unknown value 'STRICT' for fit\n"
                + "        fit: STRICT\n"
                + "             ^\n"
                + "  hint: did you mean 'strict'?\n");
    Path out = dir.resolve("out");
    CliTest.Run b = run("build", file.toString(), "--out", out.toString());
    assertThat(b.code()).isEqualTo(1);
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void strictFailsWithExitOneSaysHowFarOverAndWritesNothing() {
    Path out = dir.resolve("out");
    CliTest.Run r = run("build", file.toString(), "--out", out.toString(), "--strict");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            """
        vitae: error: the résumé is 1.5 pages at the tightest readable setting (9 pt)
          --strict leaves every item in; the first candidates to cut, least important first:
            work[7] "Engineer — Company 8": bullet 8 "Job 8 bullet 8: built…"
            work[7] "Engineer — Company 8": bullet 7 "Job 8 bullet 7: built…"
            work[7] "Engineer — Company 8": bullet 6 "Job 8 bullet 6: built…"
            work[7] "Engineer — Company 8": bullet 5 "Job 8 bullet 5: built…"
            work[7] "Engineer — Company 8": bullet 4 "Job 8 bullet 4: built…"
          hint: shorten or remove them, give what must stay a higher priority, or build without --strict to leave them out (each one is reported)
        vitae: nothing written; %s was not made
        """
                .formatted(out));
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void withoutStrictItDropsAndPrintsWhatItDropped() throws IOException {
    Path out = dir.resolve("out");
    CliTest.Run r = run("build", file.toString(), "--out", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.errBesidesPlaceholders()).isEmpty();
    assertThat(r.out())
        .containsPattern("wrote .*Ada-Example-Resume\\.pdf +1 page ")
        .containsPattern(
            "(?m)^  fit: 9 pt body type, density step 16 of 16, \\d layouts?, page \\d+% full, dropped \\d+ items to fit one page:$")
        .contains(
            "    dropped work[7] \"Engineer — Company 8\": bullet 8 \"Job 8 bullet 8: built…\"\n");
    assertThat(dev.vitae.OutFiles.of(out)).hasSize(9);
  }

  @Test
  void quietStillSaysInOneLineThatContentWasDropped() {
    Path out = dir.resolve("out");
    CliTest.Run r = run("build", file.toString(), "--out", out.toString(), "--quiet");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.errBesidesPlaceholders())
        .matches(
            "vitae: note: "
                + java.util.regex.Pattern.quote(out.resolve("Ada-Example-Resume.pdf").toString())
                + " dropped \\d+ items to fit one page \\(build without --quiet to see which\\)\n");
  }

  @Test
  void aVariantWithFitStrictFailsLikeTheFlag() throws IOException {
    Files.writeString(file, Files.readString(file) + "variants:\n  careful:\n    fit: strict\n");
    Path out = dir.resolve("out");
    CliTest.Run r = run("build", file.toString(), "--out", out.toString(), "--variant", "careful");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("vitae: error: variant 'careful': the résumé is ")
        .contains(
            "--strict leaves every item in; the first candidates to cut, least important first:");
    assertThat(Files.exists(out)).isFalse();
  }
}
