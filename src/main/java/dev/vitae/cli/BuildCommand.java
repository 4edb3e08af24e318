package dev.vitae.cli;

import dev.vitae.load.SourceMap;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.pipeline.DoesNotFit;
import dev.vitae.pipeline.Document;
import dev.vitae.pipeline.Manifest;
import dev.vitae.pipeline.OutputWriter;
import dev.vitae.pipeline.Plan;
import dev.vitae.pipeline.VariantBuild;
import dev.vitae.pipeline.Vitae;
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
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Build the résumé (PDF, text, Markdown) of resume.yaml and of each of its variants,",
        "and out/manifest.json listing every file with its digest."},
    footer = {"", "Examples:",
        "  vitae build                               base documents + every variant into out/",
        "  vitae build --variant backend             only the 'backend' variant, into out/backend/",
        "  vitae build --tag api --exclude-tag infra  the base documents, tailored by tags",
        "  vitae build --set basics.label=\"Platform Engineer\" --only resume",
        "  vitae build resume.yaml --out dist --paper a4",
        "  vitae build --pdfa                        PDF/A-1b (archival) PDFs"})
final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = "resume.yaml", paramLabel = "FILE",
      description = "the résumé to build (default: ${DEFAULT-VALUE})")
  Path file;

  @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
      description = "where to write the outputs (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--paper", defaultValue = "letter", paramLabel = "SIZE",
      description = "letter or a4 (default: ${DEFAULT-VALUE})")
  String paper;

  @Option(names = "--variant", paramLabel = "NAME", description = "build this variant only (repeatable)")
  List<String> variants = new ArrayList<>();

  @Option(names = "--tag", split = ",", paramLabel = "TAG",
      description = "keep only tagged entries with one of these tags (untagged entries stay)")
  List<String> tags = new ArrayList<>();

  @Option(names = "--exclude-tag", split = ",", paramLabel = "TAG", description = "drop entries with these tags")
  List<String> excludeTags = new ArrayList<>();

  @Option(names = "--only", split = ",", paramLabel = "DOC", description = "documents to write: resume, dossier, text")
  List<String> only = new ArrayList<>();

  @Option(names = "--pdfa", description = "write PDF/A-1b: the archival PDF some portals and records systems ask for")
  boolean pdfa;

  @Option(names = "--set", paramLabel = "PATH=VALUE", mapFallbackValue = "",
      description = "override one value, e.g. --set basics.label=\"Platform Engineer\" (flags win over the YAML)")
  Map<String, String> sets = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Paper> size = Paper.parse(paper);
    if (size.isEmpty()) {
      err.println("vitae: error: unknown paper size '" + paper + "'");
      err.println("  hint: use --paper letter or --paper a4");
      return 2;
    }
    long start = System.nanoTime();
    var loaded = InputFile.read(file, err);
    if (loaded.isEmpty()) {
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    }
    Resume resume = loaded.get().resume();
    Plan plan;
    try {
      plan = Plan.of(resume, variants, new Profile.Flags(tags, excludeTags, only, sets));
      if (!overridesAreValid(resume, plan, err)) {
        err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
        return 1;
      }
    } catch (TailorError e) {
      err.println("vitae: error: " + e.getMessage());
      err.println("  hint: " + e.hint());
      return 2;
    }
    BuildOptions options = new BuildOptions(size.get(), buildTime(file), pdfa);
    Optional<Vitae> opened = InputFile.open(file, loaded.get(), err);
    if (opened.isEmpty()) {
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    }
    Vitae vitae = opened.get();
    List<VariantBuild> builds = new ArrayList<>();
    try {
      for (Profile profile : plan.profiles()) {
        builds.add(vitae.build(resume, profile, options));
      }
    } catch (UncoveredText e) {
      err.println("vitae: error: " + e.getMessage());
      err.println("  hint: " + e.hint());
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    } catch (DoesNotFit e) {
      err.println("vitae: error: " + DoesNotFit.describe(out.resolve(e.file()).toString(), e.pages()));
      err.println("  hint: " + e.hint());
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    }
    if (!builds.stream().allMatch(VariantBuild::checked)) {
      for (VariantBuild b : builds) {
        for (var c : b.checks()) {
          c.problems().forEach(p -> err.println("vitae: error: " + out.resolve(c.file()) + ": " + p));
        }
      }
      err.println("  hint: this is a bug in vitae or a template, not in your file; please report it");
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    }
    List<Document> all = new ArrayList<>();
    builds.forEach(b -> all.addAll(b.documents()));
    all.add(Manifest.of(builds));
    OutputWriter.commit(out, all);
    for (VariantBuild b : builds) {
      for (Document d : b.documents()) {
        stdout.printf("wrote %-52s %s %8s %5d ms%n", out.resolve(d.fileName()),
            d.pages() > 0 ? "%d page%s".formatted(d.pages(), d.pages() == 1 ? " " : "s") : "      ",
            size(d.bytes().length), d.millis());
      }
      b.fit().ifPresent(f -> stdout.println("  " + f.summary()));
      b.warnings().forEach(w -> err.println("vitae: warning: " + w));
    }
    stdout.printf("wrote %s; done in %d ms%n", out.resolve(Manifest.FILE_NAME),
        Math.round((System.nanoTime() - start) / 1e6));
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

  static Instant buildTime(Path file) throws IOException {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return Files.getLastModifiedTime(file).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  private static String size(long bytes) {
    return bytes >= 1024 ? "%.1f KB".formatted(bytes / 1024.0) : bytes + " B";
  }
}
