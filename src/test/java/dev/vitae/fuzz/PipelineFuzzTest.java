package dev.vitae.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.vitae.load.LoadResult;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.pipeline.DoesNotFit;
import dev.vitae.pipeline.Plan;
import dev.vitae.pipeline.VariantBuild;
import dev.vitae.pipeline.Vitae;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.DiagnosticFormatter;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.TailorError;
import dev.vitae.view.Paper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.TestInstance;

/**
 * Any bytes as resume.yaml end as documents or as a user error with diagnostics: never another
 * exception, never a hang. Without JAZZER_FUZZ the seed corpus in {@code PipelineFuzzTestInputs}
 * runs as a regression test; {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=PipelineFuzzTest} fuzzes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineFuzzTest {

  static final BuildOptions OPTIONS =
      new BuildOptions(Paper.LETTER, Instant.parse("2026-01-01T00:00:00Z"));

  /** The fonts are parsed once for the whole run; a résumé's own fonts: would be looked up here. */
  private final FontSet fonts = FontSet.shipped();

  private final Path folder = Path.of("target", "fuzz-project").toAbsolutePath();

  @FuzzTest(maxDuration = "20s")
  void anyInputEndsAsDocumentsOrAUserError(byte[] input) {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(input));
  }

  private void run(byte[] input) {
    LoadResult read = Vitae.read("resume.yaml", input);
    if (read instanceof LoadResult.Failed failed) {
      assertIsAUserError(failed.source(), failed.diagnostics());
      return;
    }
    LoadResult.Loaded loaded = (LoadResult.Loaded) read;
    assertThat(loaded.diagnostics()).noneMatch(Diagnostic::isError);
    Vitae.Opened opened = Vitae.open(folder, loaded, fonts, Optional.empty());
    if (opened.vitae().isEmpty()) {
      assertIsAUserError(loaded.source(), opened.diagnostics());
      return;
    }
    Plan plan;
    try {
      plan = Plan.of(loaded.resume(), List.of(), Profile.Flags.NONE);
    } catch (TailorError e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    for (Profile profile : plan.profiles()) {
      VariantBuild build;
      try {
        build = opened.vitae().get().build(loaded.resume(), profile, OPTIONS);
      } catch (DoesNotFit e) {
        assertThat(e.overflow().message()).isNotBlank();
        continue;
      }
      assertThat(build.documents()).isNotEmpty();
      assertThat(build.checks()).allSatisfy(c -> assertThat(c.problems()).as(c.file()).isEmpty());
    }
  }

  private static void assertIsAUserError(
      dev.vitae.source.SourceFile source, List<Diagnostic> diagnostics) {
    assertThat(diagnostics).anyMatch(Diagnostic::isError);
    assertThat(DiagnosticFormatter.format(source, diagnostics)).contains(": error: ");
  }
}
