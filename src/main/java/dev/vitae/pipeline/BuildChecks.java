package dev.vitae.pipeline;

import dev.vitae.check.CheckReport;
import dev.vitae.load.SourceMap;
import dev.vitae.model.Resume;
import dev.vitae.model.Theme;
import dev.vitae.source.Diagnostic;
import dev.vitae.tailor.FlagError;
import dev.vitae.tailor.Overrides;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import dev.vitae.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a build that are not a stage's own: its flags, its {@code --set} values, its
 * themes, its output folder and file names, and what its PDFs read back as. Each returns the
 * problems it found; none means it passed.
 */
final class BuildChecks {

  private BuildChecks() {}

  /** Flags that are wrong whatever the file says: bad usage. */
  static List<Problem> flags(BuildRequest request) {
    List<Problem> out = new ArrayList<>();
    String theme = request.flags().theme();
    if (theme != null && Theme.parse(theme).isEmpty()) {
      out.add(
          new Problem.Usage(
              "'" + theme + "' is not a theme name",
              "use --theme modern or --theme classic, or the NAME of your own resume-NAME.ftlx"));
    }
    request
        .templates()
        .filter(dir -> !Files.isDirectory(dir))
        .ifPresent(
            dir ->
                out.add(
                    new Problem.Usage(
                        "no such folder: " + dir,
                        "--templates takes a folder holding templates such as resume-NAME.ftlx")));
    return out;
  }

  /** {@code --out} must be a folder, or not be yet. */
  static List<Problem> out(Path out) {
    return Files.exists(out) && !Files.isDirectory(out)
        ? List.of(
            new Problem.Usage(
                out + " is a file, not a folder",
                "--out names the folder the outputs are written to"))
        : List.of();
  }

  /**
   * Each {@code --set} value passes the loader's converter and limits, and the résumé it makes the
   * same rules as the file; each problem once, naming its flag.
   */
  static List<Problem> setValues(Resume resume, Plan plan) {
    Set<Problem> out = new LinkedHashSet<>();
    for (Profile p : plan.profiles()) {
      if (p.sets().isEmpty()) {
        continue;
      }
      Overrides.Applied applied = Overrides.apply(Tailor.variant(resume, p), p.sets());
      for (FlagError e : applied.errors()) {
        out.add(new Problem.Invalid(e.flag() + ": " + e.message(), e.hint()));
      }
      if (applied.errors().isEmpty()) {
        for (Diagnostic d : Validator.validate(applied.resume(), new SourceMap(Map.of()))) {
          out.add(new Problem.Invalid("--set: " + d.message(), d.hint()));
        }
      }
    }
    return List.copyOf(out);
  }

  /** Each profile's theme must have a template, shipped or in the user's folder. */
  static List<Problem> themes(BuildRequest request, Plan plan, Vitae vitae) {
    boolean flag = request.flags().theme() != null;
    Set<Problem> out = new LinkedHashSet<>();
    for (Profile profile : plan.profiles()) {
      Theme theme = profile.variant().theme();
      if (vitae.hasTheme(theme)) {
        continue;
      }
      String hint =
          "shipped themes: "
              + String.join(", ", Vitae.THEMES)
              + "; your own: "
              + Vitae.themeTemplate(theme)
              + " in a folder given with --templates";
      out.add(
          flag
              ? new Problem.Usage("unknown theme '" + theme + "'", hint)
              : new Problem.Invalid(
                  "unknown theme '" + theme + "' in variants." + profile.name() + ".theme", hint));
    }
    return List.copyOf(out);
  }

  /** Every PDF must read back as what it was made from, and no two files may have one name. */
  static List<Problem> built(BuildRequest request, List<VariantBuild> builds) {
    List<CheckReport> failed =
        builds.stream().flatMap(b -> b.checks().stream()).filter(c -> !c.ok()).toList();
    if (!failed.isEmpty()) {
      return List.of(new Problem.ReadBackFailed(request.out(), failed, request.templates()));
    }
    Set<String> names = new HashSet<>();
    Set<String> clashes = new LinkedHashSet<>();
    for (VariantBuild b : builds) {
      for (Document d : b.documents()) {
        if (!names.add(d.fileName())) {
          clashes.add(request.out().resolve(d.fileName()).toString());
        }
      }
    }
    return clashes.isEmpty()
        ? List.of()
        : List.of(
            new Problem.Invalid(
                "more than one document would be written to " + String.join(", ", clashes),
                "put {document} in the variant's filename: pattern"));
  }
}
