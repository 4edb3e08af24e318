package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.fit.FitMemory;
import dev.vitae.fit.FitReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that keeps its engine and a fit memory ({@code vitae serve}, {@code watch}) takes the
 * résumé it wrote before when nothing it is made from changed, instead of laying it out again: the
 * same bytes and the same report; any change of the résumé is laid out anew.
 */
class WrittenResumesTest {

  @TempDir Path dir;

  private static FitReport report(BuildResult.Built built) {
    return built.builds().get(0).fit().orElseThrow();
  }

  private static byte[] pdf(BuildResult.Built built) {
    return Letters.file(built, "Tushar-Resume.pdf").bytes();
  }

  @Test
  void anUnchangedResumeIsTakenAsWrittenAndAChangedOneLaidOutAgain() throws IOException {
    Path file = Files.write(dir.resolve("resume.yaml"), Samples.bytes());
    Path out = dir.resolve("out");
    Pipeline server = Pipeline.shipped(FitMemory.create());
    BuildResult.Built first = Letters.built(server.build(Letters.request(file, out, "resume")));
    BuildResult.Built again = Letters.built(server.build(Letters.request(file, out, "resume")));
    assertThat(report(again)).isSameAs(report(first));
    assertThat(pdf(again)).isEqualTo(pdf(first));

    String yaml = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, yaml.replaceFirst("(?m)^(  label: \".*)\"$", "$1 (edited)\""));
    BuildResult.Built edited = Letters.built(server.build(Letters.request(file, out, "resume")));
    assertThat(report(edited)).isNotSameAs(report(first));
    assertThat(new String(pdf(edited), StandardCharsets.ISO_8859_1))
        .isNotEqualTo(new String(pdf(first), StandardCharsets.ISO_8859_1));
  }

  @Test
  void withoutAFitMemoryEveryBuildLaysItOut() throws IOException {
    Path file = Files.write(dir.resolve("resume.yaml"), Samples.bytes());
    Path out = dir.resolve("out");
    Pipeline plain = Pipeline.shipped();
    BuildResult.Built first = Letters.built(plain.build(Letters.request(file, out, "resume")));
    BuildResult.Built again = Letters.built(plain.build(Letters.request(file, out, "resume")));
    assertThat(report(again)).isNotSameAs(report(first)).isEqualTo(report(first));
    assertThat(pdf(again)).isEqualTo(pdf(first));
  }
}
