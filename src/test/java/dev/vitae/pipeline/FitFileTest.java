package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.fit.FitMemory;
import dev.vitae.fit.FitReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build leaves its fit memory in {@code out/.vitae/fits}, and the next process building into the
 * same folder lays out the remembered answers instead of searching; a failed build leaves the file
 * as it was, and a build with a user's own templates neither reads nor writes one.
 */
class FitFileTest {

  @TempDir Path dir;
  private SampleFolder sample;
  private Path file;
  private Path out;

  @BeforeEach
  void copySample() throws IOException {
    sample = new SampleFolder(dir);
    file = sample.file;
    out = sample.out;
  }

  private BuildResult.Built coldBuild(FitMemory memory) {
    return sample.coldBuild(memory);
  }

  private Path fits() {
    return sample.store(FitFile.NAME);
  }

  private static List<Integer> layouts(BuildResult.Built built) {
    return built.builds().stream()
        .map(VariantBuild::fit)
        .flatMap(Optional::stream)
        .map(FitReport::layouts)
        .toList();
  }

  private static byte[] resumePdf(BuildResult.Built built) {
    return Letters.file(built, "Tushar-Resume.pdf").bytes();
  }

  /**
   * Writes the fits with every answer's count of layouts changed to 99, to tell where it came from,
   * and removes the PDFs the build left to take again ({@code out/.vitae/verified}), which a build
   * would take before it asks the fit memory.
   */
  private void markAnswers() throws IOException {
    Files.deleteIfExists(out.resolve(".vitae").resolve(Verified.NAME));
    String text = Files.readString(fits(), StandardCharsets.UTF_8);
    Files.writeString(fits(), text.replaceAll("(?m)^(answer \\S+ \\d+) \\d+ ", "$1 99 "));
  }

  @Test
  void theNextColdBuildLaysOutTheAnswersTheLastOneLeft() throws IOException {
    BuildResult.Built first = coldBuild(FitMemory.create());
    String text = Files.readString(fits(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("vitae fit memory 1\n").doesNotContain("Tushar");
    assertThat(text.lines().filter(l -> l.startsWith("answer "))).hasSize(layouts(first).size());
    assertThat(layouts(first)).allMatch(n -> n > 1);

    markAnswers();
    BuildResult.Built second = coldBuild(FitMemory.create());
    assertThat(layouts(second)).hasSize(layouts(first).size()).allMatch(n -> n == 99);
    assertThat(resumePdf(second)).isEqualTo(resumePdf(first));
    assertThat(fits()).exists(); // kept by the commit, rewritten after it

    markAnswers();
    BuildResult.Built searched = coldBuild(FitMemory.none());
    assertThat(layouts(searched)).isEqualTo(layouts(first));
  }

  @Test
  void aMemoryWrittenByOtherCodeIsNotRead() throws IOException {
    BuildResult.Built first = coldBuild(FitMemory.create());
    markAnswers();
    String text = Files.readString(fits(), StandardCharsets.UTF_8);
    Files.writeString(fits(), text.replaceFirst("(?m)^maker .*$", "maker vitae 0.1 java 21"));
    assertThat(layouts(coldBuild(FitMemory.create()))).isEqualTo(layouts(first));
  }

  @Test
  void aFailedBuildLeavesTheMemoryAsItWas() throws IOException {
    coldBuild(FitMemory.create());
    byte[] before = Files.readAllBytes(fits());
    Files.writeString(file, "basics:\n  name: [\n");
    assertThat(Pipeline.shipped(FitMemory.create()).build(BuildRequest.of(file, out)))
        .isInstanceOf(BuildResult.Failed.class);
    assertThat(Files.readAllBytes(fits())).isEqualTo(before);
  }

  @Test
  void aBuildWithItsOwnTemplatesNeitherReadsNorWritesOne() throws IOException {
    Path templates = Files.createDirectory(dir.resolve("templates"));
    BuildRequest own = BuildRequest.of(file, out).withTemplates(templates);
    Letters.built(Pipeline.shipped(FitMemory.create()).build(own));
    assertThat(fits()).doesNotExist();

    BuildResult.Built shipped = coldBuild(FitMemory.create());
    markAnswers();
    assertThat(layouts(Letters.built(Pipeline.shipped(FitMemory.create()).build(own))))
        .isEqualTo(layouts(shipped));
  }
}
