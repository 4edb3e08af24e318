package dev.vitae.pipeline;

import dev.vitae.Samples;
import dev.vitae.fit.FitMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy of the sample résumé in a test's folder, built as a cold {@code vitae build} builds it.
 */
final class SampleFolder {

  final Path file;
  final Path out;

  SampleFolder(Path dir) throws IOException {
    file = Files.write(dir.resolve("resume.yaml"), Samples.bytes());
    out = dir.resolve("out");
  }

  /** A build by a new pipeline with {@code memory}, as a new process makes it. */
  BuildResult.Built coldBuild(FitMemory memory) {
    return Letters.built(Pipeline.shipped(memory).build(BuildRequest.of(file, out)));
  }

  /** A file of vitae's own in {@code out/.vitae/}. */
  Path store(String name) {
    return out.resolve(BuildStore.NAME).resolve(name);
  }
}
