package dev.vitae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenTest {

  @TempDir Path dir;

  @Test
  void aMismatchFailsAndLeavesTheActualOutputBesideTheGolden() throws IOException {
    Path golden = Files.writeString(dir.resolve("page.txt"), "expected\n");

    assertThatThrownBy(() -> Golden.assertMatches(golden, "actual\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("page.txt.actual");

    assertThat(dir.resolve("page.txt.actual")).hasContent("actual\n");
    assertThat(golden).hasContent("expected\n");
  }

  @Test
  void aMatchRemovesTheActualOutputOfAnEarlierMismatch() throws IOException {
    Path golden = Files.writeString(dir.resolve("page.txt"), "expected\n");
    Files.writeString(dir.resolve("page.txt.actual"), "old\n");

    Golden.assertMatches(golden, "expected\n");

    assertThat(dir.resolve("page.txt.actual")).doesNotExist();
  }
}
