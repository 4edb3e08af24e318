package dev.vitae.pipeline;

import java.util.List;

/** What one build did: everything written, or nothing and why. */
public sealed interface BuildResult {

  /**
   * Every document was built, read back and committed.
   *
   * @param warnings what loading found worth saying (no errors)
   * @param written every file written, manifest last
   * @param loadMillis time to read, load and validate the file
   * @param writeMillis time to commit the files
   */
  record Built(
      Problem.Diagnostics warnings,
      List<VariantBuild> builds,
      List<Document> written,
      long loadMillis,
      long writeMillis)
      implements BuildResult {
    public Built {
      builds = List.copyOf(builds);
      written = List.copyOf(written);
    }
  }

  /** Nothing was written; the previous outputs are as they were. */
  record Failed(List<Problem> problems) implements BuildResult {
    public Failed {
      problems = List.copyOf(problems);
    }

    static Failed of(Problem problem) {
      return new Failed(List.of(problem));
    }
  }
}
