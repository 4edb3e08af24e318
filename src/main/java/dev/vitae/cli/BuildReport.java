package dev.vitae.cli;

import dev.vitae.pipeline.BuildResult;
import dev.vitae.pipeline.Document;
import dev.vitae.pipeline.Manifest;
import dev.vitae.pipeline.VariantBuild;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code vitae build} says about a build that was written: a line per file (path, pages, size,
 * milliseconds), the fit report, content dropped (even with {@code --quiet}), warnings, and with
 * {@code --verbose} the time of every stage.
 *
 * @param out the folder the files went to
 * @param stdout the report's stream, silent with {@code --quiet}
 * @param err where notes and warnings go
 */
record BuildReport(Path out, Verbosity verbosity, PrintWriter stdout, PrintWriter err) {

  /** Prints the report of {@code built}, timed from {@code start} (System.nanoTime). */
  void print(BuildResult.Built built, long start) {
    for (VariantBuild b : built.builds()) {
      for (Document d : b.documents()) {
        stdout.printf(
            Locale.ROOT,
            "wrote %-52s %s %8s %5d ms%n",
            out.resolve(d.fileName()),
            d.pages() > 0 ? "%d page%s".formatted(d.pages(), d.pages() == 1 ? " " : "s") : "      ",
            size(d.bytes().length),
            d.millis());
      }
      b.fit().ifPresent(f -> f.lines().forEach(l -> stdout.println("  " + l)));
      if (verbosity.quiet()) {
        // Content left out is news even to a script: one line, on stderr.
        b.fit()
            .filter(f -> !f.dropped().isEmpty())
            .ifPresent(
                f ->
                    err.printf(
                        Locale.ROOT,
                        "vitae: note: %s dropped %d item%s to fit one page (build without --quiet"
                            + " to see which)%n",
                        out.resolve(b.documents().get(0).fileName()),
                        f.dropped().size(),
                        f.dropped().size() == 1 ? "" : "s"));
      }
      if (verbosity.verbose()) {
        stdout.println("  stages: " + stages(b.stages()));
      }
      if (!verbosity.quiet()) {
        b.warnings().forEach(w -> err.println("vitae: warning: " + w));
      }
    }
    if (verbosity.verbose()) {
      stdout.printf(
          Locale.ROOT,
          "stages: load+validate %d ms, write %d ms%n",
          built.loadMillis(),
          built.writeMillis());
    }
    stdout.printf(
        Locale.ROOT,
        "wrote %s; done in %d ms%n",
        out.resolve(Manifest.FILE_NAME),
        Math.round((System.nanoTime() - start) / 1e6));
  }

  /** "tailor 5 ms, resume.pdf 180 ms, check 99 ms": the time of each stage, in order. */
  static String stages(Map<String, Long> stages) {
    List<String> parts = new ArrayList<>();
    stages.forEach((stage, millis) -> parts.add(stage + " " + millis + " ms"));
    return String.join(", ", parts);
  }

  private static String size(long bytes) {
    return bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : bytes + " B";
  }
}
