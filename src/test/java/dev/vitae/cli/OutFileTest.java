package dev.vitae.cli;

import static dev.vitae.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --out} and {@code schema --out} keep an existing file unless told otherwise. */
class OutFileTest {

  @TempDir Path dir;

  @Test
  void exportAndSchemaRefuseToOverwriteWithoutForce() throws IOException {
    for (String command : new String[] {"export", "schema"}) {
      Path file = dir.resolve(command + ".json");
      Files.writeString(file, "mine, keep it");
      Run refused = run(command, "--out", file.toString());
      assertThat(refused.code()).as(command).isEqualTo(1);
      assertThat(refused.err())
          .as(command)
          .isEqualTo(
              "vitae: error: "
                  + file
                  + " already exists; nothing written\n"
                  + "  hint: add --force to replace it, or name another file with --out\n");
      assertThat(Files.readString(file)).isEqualTo("mine, keep it");

      Run forced = run(command, "--out", file.toString(), "--force");
      assertThat(forced.code()).as(command).isZero();
      assertThat(forced.out()).as(command).startsWith("wrote " + file + "\n");
      assertThat(Files.readString(file)).startsWith("{");
      try (var left = Files.list(dir)) {
        assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
      }
    }
  }

  @Test
  void anOutThatIsAFolderIsSaidSo() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("here"));
    Run r = run("schema", "--out", folder.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "vitae: error: "
                + folder
                + " is a folder; nothing written\n"
                + "  hint: name a file inside it, e.g. --out "
                + folder
                + "/NAME.json\n");
  }
}
