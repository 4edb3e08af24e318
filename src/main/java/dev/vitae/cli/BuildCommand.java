package dev.vitae.cli;

import dev.vitae.fit.Overflow;
import dev.vitae.load.SourceMap;
import dev.vitae.model.FitMode;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.pipeline.Builds;
import dev.vitae.pipeline.Document;
import dev.vitae.pipeline.DoesNotFit;
import dev.vitae.pipeline.Manifest;
import dev.vitae.pipeline.OutputWriter;
import dev.vitae.pipeline.Plan;
import dev.vitae.pipeline.VariantBuild;
import dev.vitae.pipeline.Vitae;
import dev.vitae.render.TemplateFailure;
import dev.vitae.render.pdf.UncoveredText;
import dev.vitae.source.Diagnostic;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import dev.vitae.tailor.TailorError;
import dev.vitae.validate.Validator;
import dev.vitae.view.Paper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "resume.yaml",
      paramLabel = "FILE",
      description = "the résumé to build (default: ${DEFAULT-VALUE})")
  Path file;

  @Option(
      names = "--out",
      defaultValue = "out",
      paramLabel = "DIR",
      description = "where to write the outputs (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(
      names = "--paper",
      defaultValue = "letter",
      paramLabel = "SIZE",
      description = "letter or a4 (default: ${DEFAULT-VALUE})")
  String paper;

  @Option(
      names = "--variant",
      paramLabel = "NAME",
      description = "build this variant only (repeatable)")
  List<String> variants = new ArrayList<>();

  @Option(
      names = "--tag",
      split = ",",
      paramLabel = "TAG",
      description = "keep only tagged entries with one of these tags (untagged entries stay)")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--exclude-tag",
      split = ",",
      paramLabel = "TAG",
      description = "drop entries with these tags")
  List<String> excludeTags = new ArrayList<>();

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "DOC",
      description = "documents to write: resume, dossier, text")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--pdfa",
      description = "write PDF/A-1b: the archival PDF some portals and records systems ask for")
  boolean pdfa;

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      mapFallbackValue = "",
      description =
          "override one value, e.g. --set basics.label=\"Platform Engineer\" (flags win over the YAML)")
  Map<String, String> sets = new LinkedHashMap<>();

  @Option(
      names = "--strict",
      description =
          "fail instead of leaving content out when the résumé overflows one page at 9 pt")
  boolean strict;

  @Option(
      names = "--theme",
      paramLabel = "NAME",
      description =
          "the look of every résumé PDF: modern or classic, or resume-NAME.ftlx in --templates (wins over the YAML)")
  String theme;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "a folder of your own FreeMarker templates, used before the shipped ones")
  Path templatesDir;

  @Option(
      names = "--png",
      description = "also write a PNG preview of each PDF page beside it (X-1.png, 100 dpi)")
  boolean png;

  @Option(
      names = {"-q", "--quiet"},
      description = "print errors only")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "also print the fit report and the time of every stage")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout =
        quiet ? new PrintWriter(java.io.Writer.nullWriter()) : spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (quiet && verbose) {
      err.println("vitae: error: --quiet and --verbose cannot be used together");
      err.println("  hint: pick one");
      return 2;
    }
    if (theme != null && !theme.matches("[a-z0-9][a-z0-9-]{0,40}")) {
      err.println("vitae: error: '" + theme + "' is not a theme name");
      err.println(
          "  hint: use --theme modern or --theme classic, or the NAME of your own resume-NAME.ftlx");
      return 2;
    }
    if (templatesDir != null && !Files.isDirectory(templatesDir)) {
      err.println("vitae: error: no such folder: " + templatesDir);
      err.println("  hint: --templates takes a folder holding templates such as resume-NAME.ftlx");
      return 2;
    }
    Optional<Paper> size = Paper.parse(paper);
    if (size.isEmpty()) {
      err.println("vitae: error: unknown paper size '" + paper + "'");
      err.println("  hint: use --paper letter or --paper a4");
      return 2;
    }
    long start = System.nanoTime();
    var loaded = InputFile.read(file, err);
    long loadedAt = System.nanoTime();
    if (loaded.isEmpty()) {
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    }
    Resume resume = loaded.get().resume();
    Plan plan;
    try {
      plan = Plan.of(resume, variants, new Profile.Flags(tags, excludeTags, only, sets, theme));
      if (!overridesAreValid(resume, plan, err)) {
        err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
        return 1;
      }
    } catch (TailorError e) {
      err.println("vitae: error: " + e.getMessage());
      err.println("  hint: " + e.hint());
      return 2;
    }
    BuildOptions options =
        new BuildOptions(
            size.get(),
            buildTime(file),
            strict ? FitMode.STRICT : FitMode.DROP,
            png ? BuildOptions.PREVIEW_DPI : 0,
            pdfa);
    Optional<Path> userTemplates = Optional.ofNullable(templatesDir);
    Vitae.Opened opened = InputFile.open(file, loaded.get(), userTemplates, err);
    if (opened.vitae().isEmpty()) {
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    }
    Vitae vitae = opened.vitae().get();
    for (Profile profile : plan.profiles()) {
      String t = profile.variant().theme();
      if (!vitae.hasTheme(t)) {
        err.println(
            "vitae: error: unknown theme '"
                + t
                + "'"
                + (theme != null ? "" : " in variants." + profile.name() + ".theme"));
        err.println(
            "  hint: shipped themes: "
                + String.join(", ", Vitae.THEMES)
                + "; your own: "
                + Vitae.themeTemplate(t)
                + " in a folder given with --templates");
        return theme != null ? 2 : 1;
      }
    }
    List<VariantBuild> builds;
    try {
      builds = Builds.all(resume, plan, options, vitae, () -> opened.another(userTemplates));
    } catch (UncoveredText e) {
      err.println("vitae: error: " + e.getMessage());
      err.println("  hint: " + e.hint());
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    } catch (DoesNotFit e) {
      if (templatesDir != null) {
        err.println(
            "vitae: error: "
                + (e.variant().isEmpty() ? "" : "variant '" + e.variant() + "': ")
                + e.overflow().message());
        err.println(
            "  hint: check your templates in "
                + templatesDir
                + ": at 9 pt a résumé must fit one page");
      } else {
        printOverflow(e.variant(), e.overflow(), err);
      }
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    } catch (TemplateFailure e) {
      err.println("vitae: error: " + e.getMessage());
      err.println(
          "  hint: "
              + (templatesDir != null
                  ? "fix the template (your templates are read from " + templatesDir + " first)"
                  : "this is a bug in a shipped template; please report it"));
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    }
    if (!ReadBack.passed(builds, out, err)) {
      err.println(
          "  hint: "
              + (templatesDir != null
                  ? "check your templates in "
                      + templatesDir
                      + ": a résumé must fit one page and show the text it is given"
                  : "this is a bug in vitae or a template, not in your file; please report it"));
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    }
    long writeAt = System.nanoTime();
    OutputWriter.commitBuilds(out, builds);
    long wroteAt = System.nanoTime();
    for (VariantBuild b : builds) {
      for (Document d : b.documents()) {
        stdout.printf(
            "wrote %-52s %s %8s %5d ms%n",
            out.resolve(d.fileName()),
            d.pages() > 0 ? "%d page%s".formatted(d.pages(), d.pages() == 1 ? " " : "s") : "      ",
            size(d.bytes().length),
            d.millis());
      }
      b.fit().ifPresent(f -> f.lines().forEach(l -> stdout.println("  " + l)));
      if (verbose) {
        stdout.println("  stages: " + stages(b.stages()));
      }
      if (!quiet) {
        b.warnings().forEach(w -> err.println("vitae: warning: " + w));
      }
    }
    if (verbose) {
      stdout.printf(
          "stages: load+validate %d ms, write %d ms%n",
          ms(loadedAt - start), ms(wroteAt - writeAt));
    }
    stdout.printf(
        "wrote %s; done in %d ms%n",
        out.resolve(Manifest.FILE_NAME), Math.round((System.nanoTime() - start) / 1e6));
    return 0;
  }

  /** Overrides can write anything; the tailored résumé must pass the same rules as the file. */
  private static boolean overridesAreValid(Resume resume, Plan plan, PrintWriter err) {
    boolean ok = true;
    for (Profile p : plan.profiles()) {
      if (p.sets().isEmpty()) {
        continue;
      }
      for (Diagnostic d : Validator.validate(Tailor.apply(resume, p), new SourceMap(Map.of()))) {
        err.println("vitae: error: --set: " + d.message());
        err.println("  hint: " + d.hint());
        ok = false;
      }
    }
    return ok;
  }

  private static void printOverflow(String variant, Overflow o, PrintWriter err) {
    err.println(
        "vitae: error: " + (variant.isEmpty() ? "" : "variant '" + variant + "': ") + o.message());
    if (o.strict()) {
      err.println(
          "  --strict leaves every item in; the first candidates to cut, least important first:");
      o.candidates().forEach(c -> err.println("    " + c));
      err.println(
          "  hint: shorten or remove them, give what must stay a higher priority, or build without"
              + " --strict to leave them out (each one is reported)");
    } else {
      err.println(
          "  hint: what is left is never dropped (name, contacts, summary, skills, education, the newest"
              + " job, items of the highest priority); shorten it");
    }
  }

  static Instant buildTime(Path file) throws IOException {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return Files.getLastModifiedTime(file)
        .toInstant()
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  private static String stages(Map<String, Long> stages) {
    List<String> parts = new ArrayList<>();
    stages.forEach((stage, millis) -> parts.add(stage + " " + millis + " ms"));
    return String.join(", ", parts);
  }

  private static long ms(long nanos) {
    return Math.round(nanos / 1e6);
  }

  private static String size(long bytes) {
    return bytes >= 1024 ? "%.1f KB".formatted(bytes / 1024.0) : bytes + " B";
  }
}
