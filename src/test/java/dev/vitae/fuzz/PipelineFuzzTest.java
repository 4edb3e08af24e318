package dev.vitae.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.vitae.pipeline.BuildRequest;
import dev.vitae.pipeline.BuildResult;
import dev.vitae.pipeline.Pipeline;
import dev.vitae.pipeline.Problem;
import dev.vitae.source.DiagnosticFormatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.TestInstance;

/**
 * Any bytes as resume.yaml end as documents or as a user error with diagnostics: never another
 * exception, never a hang. Without JAZZER_FUZZ the seed corpus in {@code PipelineFuzzTestInputs}
 * runs as a regression test; {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=PipelineFuzzTest} fuzzes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineFuzzTest {

  /** One pipeline for the whole run: the fonts are parsed once, as in {@code vitae watch}. */
  private final Pipeline pipeline = Pipeline.shipped();

  private final Path folder = Path.of("target", "fuzz-project").toAbsolutePath();

  @FuzzTest(maxDuration = "20s")
  void anyInputEndsAsDocumentsOrAUserError(byte[] input) {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(input));
  }

  /**
   * Through the same entry point as {@code vitae build}: every check, the read-back, the commit.
   */
  private void run(byte[] input) throws IOException {
    Path file = Files.createDirectories(folder).resolve("resume.yaml");
    Files.write(file, input);
    BuildResult result = pipeline.build(BuildRequest.of(file, folder.resolve("out")));
    switch (result) {
      case BuildResult.Built built -> assertThat(built.written()).isNotEmpty();
      case BuildResult.Failed failed -> {
        assertThat(failed.problems()).anyMatch(Problem::stops);
        failed.problems().forEach(PipelineFuzzTest::assertIsAUserError);
      }
    }
  }

  /**
   * Every problem is one a user can act on. A PDF that does not read back (unless from the text
   * itself: a title in capitals read as a heading), or a shipped template that fails, is a bug in
   * vitae, not in the input.
   */
  private static void assertIsAUserError(Problem problem) {
    switch (problem) {
      case Problem.Diagnostics d ->
          assertThat(DiagnosticFormatter.format(d.source(), d.diagnostics()))
              .contains(d.stops() ? ": error: " : ": warning: ");
      case Problem.ReadBackFailed r when r.fromTheText() -> assertThat(r.failed()).isNotEmpty();
      case Problem.ReadBackFailed r -> throw new AssertionError("read back failed: " + r.failed());
      case Problem.TemplateFailure t ->
          throw new AssertionError("shipped template: " + t.message());
      case Problem.DoesNotFit d -> assertThat(d.overflow().message()).isNotBlank();
      default -> assertThat(problem.toString()).isNotBlank();
    }
  }
}
