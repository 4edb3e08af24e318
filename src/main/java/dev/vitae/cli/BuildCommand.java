package dev.vitae.cli;

import dev.vitae.pipeline.BuildResult;
import dev.vitae.pipeline.Document;
import dev.vitae.pipeline.Manifest;
import dev.vitae.pipeline.Pipeline;
import dev.vitae.pipeline.VariantBuild;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Builds every output of a resume.yaml: the base documents and each variant. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build the résumé (PDF, text, Markdown) of resume.yaml and of each of its variants,",
      "and out/manifest.json listing every file with its digest."
    },
    footer = {
      "",
      "Examples:",
      "  vitae build                               base documents + every variant into out/",
      "  vitae build --variant backend             only the 'backend' variant, into out/backend/",
      "  vitae build --tag api --exclude-tag infra  the base documents, tailored by tags",
      "  vitae build --set basics.label=\"Platform Engineer\" --only resume",
      "  vitae build resume.yaml --out dist --paper a4",
      "  vitae build --strict                       fail rather than leave anything out to fit one page",
      "  vitae build --png                          also a PNG picture of each PDF page (X-1.png)",
      "  vitae build --theme classic                every résumé PDF in the serif 'classic' look",
      "  vitae build --templates my-templates       your own templates first (same sandbox)",
      "  vitae build --quiet                        print errors only (for scripts and CI)",
      "  vitae build --verbose                      the fit report and the time of every stage",
      "  vitae build --pdfa                         PDF/A-1b (archival) PDFs"
    })
final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand VitaeCommand parent;

  @Mixin ResumeFile input;

  @Mixin BuildFlags flags;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    BuildResult result = Pipeline.shipped(parent.fits()).build(flags.request(input.file));
    PrintWriter err = spec.commandLine().getErr();
    if (!(result instanceof BuildResult.Built built)) {
      throw new Failure(
          ((BuildResult.Failed) result).problems(),
          List.of(
              "vitae: nothing written; the previous outputs in " + flags.out() + " are unchanged"));
    }
    Errors.print(List.of(built.warnings()), err);
    PrintWriter stdout = verbosity.report(spec.commandLine().getOut());
    for (VariantBuild b : built.builds()) {
      for (Document d : b.documents()) {
        stdout.printf(
            Locale.ROOT,
            "wrote %-52s %s %8s %5d ms%n",
            flags.out().resolve(d.fileName()),
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
                        flags.out().resolve(b.documents().get(0).fileName()),
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
        flags.out().resolve(Manifest.FILE_NAME),
        Math.round((System.nanoTime() - start) / 1e6));
    stdout.flush();
    return 0;
  }

  private static String stages(Map<String, Long> stages) {
    List<String> parts = new ArrayList<>();
    stages.forEach((stage, millis) -> parts.add(stage + " " + millis + " ms"));
    return String.join(", ", parts);
  }

  private static String size(long bytes) {
    return bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : bytes + " B";
  }
}
