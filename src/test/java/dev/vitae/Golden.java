package dev.vitae;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output, committed. On a mismatch the actual output is written beside
 * the golden as {@code NAME.actual}, so a reviewer can diff the two; {@code ./mvnw test
 * -Dgolden.update=true} rewrites the goldens from the current output instead (review the diff
 * before committing).
 */
public final class Golden {

  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Compares with the golden file {@code name} under src/test/resources/golden. */
  public static void assertMatches(String name, String actual) {
    assertMatches(DIR.resolve(name), actual);
  }

  /** Compares with a golden file anywhere in the repository. */
  public static void assertMatches(Path file, String actual) {
    Path written = file.resolveSibling(file.getFileName() + ".actual");
    try {
      boolean update = Boolean.getBoolean("golden.update");
      if (update || !Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        Files.deleteIfExists(written);
        assertThat(update)
            .as("golden file %s was missing and has been written; review it and run again", file)
            .isTrue();
        return;
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (expected.equals(actual)) {
        Files.deleteIfExists(written);
        return;
      }
      Files.writeString(written, actual, StandardCharsets.UTF_8);
      assertThat(actual)
          .as(
              "output differs from golden file %s; the output is in %s (diff them, or regenerate"
                  + " with -Dgolden.update=true)",
              file, written)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
