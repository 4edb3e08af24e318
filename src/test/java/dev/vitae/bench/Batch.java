package dev.vitae.bench;

import dev.vitae.fit.FitMemory;
import dev.vitae.pipeline.BuildRequest;
import dev.vitae.pipeline.BuildResult;
import dev.vitae.pipeline.Pipeline;
import dev.vitae.tailor.Assignment;
import dev.vitae.tailor.Profile;
import java.nio.file.Path;
import java.util.List;

/**
 * Many résumés in one JVM, the batch row of {@code scripts/bench}: what {@code vitae build FILE
 * --only resume --set basics.label=…} does, N times through one {@link Pipeline} (one engine and
 * one fit memory, as {@code vitae serve} keeps), each build with its own label, so that no fit's
 * answer and no read-back is the same as an earlier one's (each search starts from the step the
 * last résumé ended on), each into its own folder; against Typst setting {@code bench/batch.typ}.
 * Run: {@code java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)"
 * dev.vitae.bench.Batch resume.yaml OUT_DIR 100}.
 */
public final class Batch {

  private Batch() {}

  public static void main(String[] args) {
    Path resume = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    Pipeline pipeline = Pipeline.shipped(FitMemory.create()); // as vitae serve keeps it
    for (int i = 1; i <= count; i++) {
      Profile.Flags flags =
          new Profile.Flags(
              List.of(),
              List.of(),
              List.of("resume"),
              List.of(new Assignment("basics.label", "Backend Engineer no. " + i)));
      BuildRequest request =
          BuildRequest.of(resume, out.resolve(String.valueOf(i))).withFlags(flags);
      if (!(pipeline.build(request) instanceof BuildResult.Built)) {
        throw new IllegalStateException("build " + i + " of " + count + " failed");
      }
    }
  }
}
