package dev.vitae.cli;

import dev.vitae.model.FitMode;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.pipeline.BuildRequest;
import dev.vitae.tailor.Assignment;
import dev.vitae.tailor.Profile;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Every flag of a build, shared by {@code build} and {@code watch}. */
final class BuildFlags {

  @Mixin OutDir out;

  @Mixin Look look;

  @Mixin Selection selection;

  @Mixin SetFlags sets;

  @Option(
      names = "--strict",
      description =
          "fail instead of leaving content out when the résumé overflows one page at 9 pt")
  boolean strict;

  @Option(
      names = "--png",
      description = "also write a PNG preview of each PDF page beside it (X-1.png, 100 dpi)")
  boolean png;

  @Option(
      names = "--pdfa",
      description = "write PDF/A-1b: the archival PDF some portals and records systems ask for")
  boolean pdfa;

  @Option(
      names = "--clean",
      description =
          "with --only, --variant or --set: also remove the files in --out that resume.yaml no"
              + " longer makes (a renamed variant's folder); a whole build always does")
  boolean clean;

  Path out() {
    return out.out;
  }

  /** The build these flags ask for, of {@code file}. */
  BuildRequest request(Path file) {
    return new BuildRequest(
        file,
        out.out,
        selection.variants.variants,
        new Profile.Flags(
            selection.tags,
            selection.excludeTags,
            selection.onlyKeys(),
            Assignment.inOrder(sets.sets),
            look.theme),
        look.templates(),
        look.paper,
        strict ? FitMode.STRICT : FitMode.DROP,
        png ? BuildOptions.PREVIEW_DPI : 0,
        pdfa,
        clean,
        Optional.empty());
  }
}
