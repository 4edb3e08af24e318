package dev.vitae.cli;

import dev.vitae.pipeline.VariantBuild;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints what reading a build's PDFs back found wrong; shared by build and watch. */
final class ReadBack {

  private ReadBack() {}

  /** True when every PDF passed; otherwise every problem is printed, file by file. */
  static boolean passed(List<VariantBuild> builds, Path out, PrintWriter err) {
    for (VariantBuild b : builds) {
      for (var c : b.checks()) {
        c.problems().forEach(p -> err.println("vitae: error: " + out.resolve(c.file()) + ": " + p));
      }
    }
    return builds.stream().allMatch(VariantBuild::checked);
  }
}
