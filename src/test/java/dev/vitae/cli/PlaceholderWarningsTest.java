package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Placeholder contacts are named on every build and by {@code vitae validate}, each at its value,
 * as {@code vitae apply} names them: a warning (exit 0), since the sample's contacts are
 * placeholders and it must still build.
 */
class PlaceholderWarningsTest {

  @TempDir Path dir;

  static final String EMAIL =
      ":16:10: warning: 'tushar@example.com' is a placeholder: example.com is reserved for examples"
          + " and never reaches anyone\n";
  static final String URL =
      ":18:8: warning: 'https://tushar.example.com' is a placeholder: tushar.example.com is reserved"
          + " for examples and never reaches anyone\n";
  static final String PROFILE =
      ":24:12: warning: 'https://github.example.com/tushar' is a placeholder: github.example.com is"
          + " reserved for examples and never reaches anyone\n";
  static final String HINT =
      "  hint: write your real contact details in resume.yaml before the application goes out\n";

  @Test
  void validateNamesEachPlaceholderContactAtItsLineAndColumnAndExitsZero() {
    CliTest.Run r = CliTest.run("validate", CliTest.SAMPLE);

    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains(CliTest.SAMPLE + EMAIL, CliTest.SAMPLE + URL, CliTest.SAMPLE + PROFILE, HINT)
        .contains("  email: \"tushar@example.com\"\n");
    assertThat(r.out()).isEqualTo(CliTest.SAMPLE + ": ok\n");
  }

  @Test
  void buildNamesThemTooAndStillBuilds() {
    Path out = dir.resolve("out");
    CliTest.Run r =
        CliTest.run("build", CliTest.SAMPLE, "--out", out.toString(), "--only", "resume");

    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains(CliTest.SAMPLE + EMAIL, CliTest.SAMPLE + URL, CliTest.SAMPLE + PROFILE);
    assertThat(out.resolve("Tushar-Resume.pdf")).isRegularFile();

    CliTest.Run quiet =
        CliTest.run(
            "build", CliTest.SAMPLE, "--out", out.toString(), "--only", "resume", "--quiet");
    assertThat(quiet.code()).isZero();
    assertThat(quiet.err()).contains(CliTest.SAMPLE + EMAIL);
  }

  @Test
  void aValueNotWrittenYetIsNamedAndRealContactsAreNot() throws IOException {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(
        file,
        """
        basics:
          name: Ada Lovelace
          label: TODO
          email: ada@lovelace.dev
        work:
          - name: Acme
            position: Engineer
        """);

    CliTest.Run r = CliTest.run("validate", file.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains(file + ":3:10: warning: 'TODO' is not written yet: it holds 'TODO'\n")
        .doesNotContain("ada@lovelace.dev");
    Files.writeString(file, Files.readString(file).replace("TODO", "Analyst"));
    assertThat(CliTest.run("validate", file.toString()).err()).isEmpty();
  }
}
