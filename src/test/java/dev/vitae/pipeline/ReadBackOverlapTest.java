package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.check.CheckReport;
import dev.vitae.model.Resume;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.tailor.Profile;
import dev.vitae.view.Paper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A build whose read-backs run on another thread, while the next document is made, writes the same
 * files and reports the same findings as one that reads each PDF back before going on.
 */
class ReadBackOverlapTest {

  private static final Resume SAMPLE = Samples.resume();
  private static final BuildOptions OPTIONS =
      new BuildOptions(Paper.LETTER, Instant.parse("2026-01-01T00:00:00Z"));
  private static final Profile BASE =
      Plan.of(SAMPLE, List.of(), Profile.Flags.NONE).profiles().get(0);

  private static Vitae engine() {
    return Vitae.create(Optional.empty(), FontSet.shipped());
  }

  @Test
  void readingBackElsewhereChangesNeitherTheFilesNorTheFindings() {
    VariantBuild inTurn = engine().build(SAMPLE, BASE, OPTIONS, Outputs.SHIPPED);

    List<String> readers = Collections.synchronizedList(new ArrayList<>());
    ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, "reader"));
    VariantBuild overlapped;
    try {
      overlapped =
          engine()
              .build(
                  SAMPLE,
                  BASE,
                  OPTIONS,
                  Outputs.SHIPPED,
                  task ->
                      reader.execute(
                          () -> {
                            readers.add(Thread.currentThread().getName());
                            task.run();
                          }));
    } finally {
      reader.shutdownNow();
    }

    assertThat(inTurn.checks()).isNotEmpty();
    assertThat(readers).hasSize(inTurn.checks().size()).containsOnly("reader");
    assertThat(overlapped.checks()).isEqualTo(inTurn.checks());
    assertThat(overlapped.checks().stream().map(CheckReport::file))
        .containsExactlyElementsOf(inTurn.checks().stream().map(CheckReport::file).toList());
    assertThat(overlapped.warnings()).isEqualTo(inTurn.warnings());
    assertThat(overlapped.documents().stream().map(Document::fileName))
        .containsExactlyElementsOf(inTurn.documents().stream().map(Document::fileName).toList());
    for (int i = 0; i < inTurn.documents().size(); i++) {
      assertThat(overlapped.documents().get(i).bytes())
          .as(inTurn.documents().get(i).fileName())
          .isEqualTo(inTurn.documents().get(i).bytes());
    }
    assertThat(overlapped.stages()).containsKey("check");
  }
}
