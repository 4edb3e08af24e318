package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.fit.FitMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rehearsal ({@code vitae watch} warming up) builds as a build would and leaves no trace: nothing
 * written, nothing remembered, the next build the same as without it.
 */
class RehearsalTest {

  @TempDir Path dir;

  @Test
  void aRehearsalWritesAndRemembersNothing() throws IOException {
    Path file = Files.write(dir.resolve("resume.yaml"), Samples.bytes());
    Path out = dir.resolve("out");
    FitMemory memory = FitMemory.create();
    Pipeline pipeline = Pipeline.shipped(memory);

    assertThat(pipeline.rehearse(BuildRequest.of(file, out))).isTrue();
    assertThat(out).doesNotExist();
    assertThat(memory.text("m")).isEqualTo("vitae fit memory 1\nmaker m\n");

    BuildResult.Built after = Letters.built(pipeline.build(BuildRequest.of(file, out)));
    BuildResult.Built without =
        Letters.built(Pipeline.shipped().build(BuildRequest.of(file, dir.resolve("other"))));
    assertThat(after.written()).hasSameSizeAs(without.written());
    for (int i = 0; i < after.written().size(); i++) {
      assertThat(after.written().get(i).bytes())
          .as(after.written().get(i).fileName())
          .isEqualTo(without.written().get(i).bytes());
    }

    byte[] fits = Files.readAllBytes(out.resolve(".vitae").resolve("fits"));
    assertThat(pipeline.rehearse(BuildRequest.of(file, out))).isTrue();
    assertThat(out.resolve(".vitae").resolve("fits")).hasBinaryContent(fits);
  }

  @Test
  void aFileThatDoesNotBuildIsNotRehearsed() throws IOException {
    Path file = Files.writeString(dir.resolve("resume.yaml"), "basics:\n  name: [\n");
    assertThat(Pipeline.shipped().rehearse(BuildRequest.of(file, dir.resolve("out")))).isFalse();
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
