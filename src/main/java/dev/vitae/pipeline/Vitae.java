package dev.vitae.pipeline;

import dev.vitae.check.CheckReport;
import dev.vitae.check.ReadBack;
import dev.vitae.fit.FitReport;
import dev.vitae.load.LoadResult;
import dev.vitae.load.Loader;
import dev.vitae.model.DocumentKind;
import dev.vitae.model.Resume;
import dev.vitae.model.ResumeSection;
import dev.vitae.model.Theme;
import dev.vitae.model.Variant;
import dev.vitae.render.Limits;
import dev.vitae.render.Templates;
import dev.vitae.render.pdf.FontCoverage;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.render.pdf.PdfEngine;
import dev.vitae.source.Diagnostic;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import dev.vitae.tailor.VariantRules;
import dev.vitae.validate.Validator;
import dev.vitae.view.Emphasis;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ResumeViews;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The whole pipeline, for one thread. Holds what is costly to make (template cache, parsed fonts)
 * so that rebuilds are fast; every call returns new values and changes nothing it was given.
 */
public final class Vitae {

  private final Templates templates;
  private final PdfEngine pdf;
  private final ReadBacks readBacks = new ReadBacks();
  private final WrittenResumes written = new WrittenResumes();

  public Vitae(Templates templates, PdfEngine pdf) {
    this.templates = templates;
    this.pdf = pdf;
  }

  /** The shipped templates, or a user's template folder first, with these fonts. */
  public static Vitae create(Optional<Path> userTemplates, FontSet fonts) {
    return new Vitae(
        Templates.create(userTemplates), new PdfEngine(fonts, userTemplates, Limits.DEFAULT));
  }

  /** The names of the themes shipped with vitae; {@code modern} is the default. */
  public static final List<String> THEMES = Theme.SHIPPED.stream().map(Theme::name).toList();

  /** The résumé template of a theme, or of the default theme when null. */
  public static String themeTemplate(@Nullable Theme theme) {
    return (theme == null ? Theme.MODERN : theme).template();
  }

  /** Which characters this pipeline's fonts draw. */
  FontCoverage coverage() {
    return pdf.coverage();
  }

  /** Whether a theme's template exists, shipped or in the user's template folder. */
  public boolean hasTheme(@Nullable Theme theme) {
    return templates.exists(themeTemplate(theme));
  }

  /** Loads and validates; a {@link LoadResult.Failed} when any error was found. */
  public static LoadResult read(String name, byte[] bytes) {
    LoadResult loaded = Loader.load(name, bytes);
    if (!(loaded instanceof LoadResult.Loaded l)) {
      return loaded;
    }
    List<Diagnostic> all = new ArrayList<>(l.diagnostics());
    all.addAll(Validator.validate(l.resume(), l.sourceMap()));
    all.addAll(VariantRules.check(l.resume(), l.sourceMap()));
    all.addAll(OutputNames.check(l.resume(), l.sourceMap()));
    if (all.stream().anyMatch(Diagnostic::isError)) {
      return new LoadResult.Failed(l.source(), all);
    }
    return new LoadResult.Loaded(l.source(), l.resume(), l.sourceMap(), List.copyOf(all));
  }

  /**
   * Every document of one profile that its variant asks for, one {@link Output} after another:
   * tailored, rendered, named (files of a variant go in its folder), each PDF and Word copy read
   * back.
   *
   * @throws DoesNotFit when the résumé cannot be fitted on one page
   * @throws dev.vitae.render.pdf.UncoveredText when a value ({@code --set}) has characters no font
   *     has
   */
  public VariantBuild build(Resume source, Profile profile, BuildOptions options, Outputs outputs) {
    return build(source, profile, options, outputs, Runnable::run);
  }

  /**
   * As {@link #build(Resume, Profile, BuildOptions, Outputs)}, each PDF and Word copy read back on
   * {@code readers} while the next document is made; the {@code check} stage is the time the build
   * spent reading back or waiting for it.
   */
  public VariantBuild build(
      Resume source, Profile profile, BuildOptions options, Outputs outputs, Executor readers) {
    Map<String, Long> stages = new LinkedHashMap<>();
    long t = System.nanoTime();
    Resume resume = Tailor.apply(source, profile);
    Set<DocumentKind> wanted = wanted(profile.variant());
    Job job = new Job(source, resume, profile, options, templates, pdf, wanted, written);
    List<Document> docs = new ArrayList<>();
    List<CompletableFuture<CheckReport>> reading = new ArrayList<>();
    Optional<FitReport> fit = Optional.empty();
    t = lap(stages, "tailor", t);
    for (Output output : outputs.all()) {
      if (!output.wanted(wanted)) {
        continue;
      }
      Rendered r = output.render(job);
      if (r.documents().isEmpty()) {
        continue; // nothing to make here (a letter's outputs without a letter): no stage to time
      }
      docs.addAll(r.documents());
      if (r.fit().isPresent()) {
        fit = r.fit();
      }
      t = lap(stages, output.stage(), t);
      if (r.readBack().isPresent()) {
        Document main = r.documents().get(0);
        ReadBack readBack = r.readBack().get();
        reading.add(
            CompletableFuture.supplyAsync(
                () -> readBacks.check(readBack, main.fileName(), main.bytes(), options.verified()),
                readers));
        t = lap(stages, "check", t);
      }
    }
    List<CheckReport> checks = reading.stream().map(Vitae::report).toList();
    lap(stages, "check", t);
    return new VariantBuild(
        profile.name(),
        List.copyOf(docs),
        fit,
        List.copyOf(checks),
        warnings(emptySections(source, resume, sectionOrder(profile.variant()), profile), checks),
        Collections.unmodifiableMap(stages));
  }

  /**
   * The documents a variant asks for; when it names none, all but the Word copies, which are made
   * when asked for ({@code --only docx}, {@code documents: [docx]}, an application).
   */
  private static Set<DocumentKind> wanted(Variant v) {
    return v.documents().isEmpty()
        ? EnumSet.complementOf(EnumSet.of(DocumentKind.DOCX))
        : EnumSet.copyOf(v.documents());
  }

  /** The résumé's view as a variant asks for it: its section order and its emphasis. */
  public static ResumeView resumeView(Resume tailored, Variant v, Paper paper) {
    return ResumeViews.of(tailored, sectionOrder(v), new Emphasis(v.emphasize()), paper);
  }

  private static List<ResumeSection> sectionOrder(Variant v) {
    return v.sections().isEmpty() ? ResumeViews.DEFAULT_ORDER : v.sections();
  }

  /**
   * A profile's file name for a document, without folder or extension: {@code
   * Tushar-Resume-backend}.
   */
  public static String fileBase(Resume resume, Profile profile, String document) {
    Variant v = profile.variant();
    String pattern =
        v.filename() != null
            ? v.filename()
            : profile.isBase() ? "{name}-{document}" : "{name}-{document}-{variant}";
    return FileNames.pattern(
        pattern, FileNames.person(resume.basics().name()), document, profile.name());
  }

  /** The build's warnings: empty sections, then what each read-back reported without failing. */
  private static List<String> warnings(List<String> empty, List<CheckReport> checks) {
    List<String> out = new ArrayList<>(empty);
    checks.forEach(c -> c.warnings().forEach(w -> out.add(c.file() + ": " + w)));
    return List.copyOf(out);
  }

  private static List<String> emptySections(
      Resume before, Resume after, List<ResumeSection> order, Profile p) {
    if (p.isBase() && p.variant().include().isEmpty() && p.variant().exclude().isEmpty()) {
      return List.of();
    }
    String who = p.isBase() ? "the tag flags leave" : "variant '" + p.name() + "' leaves";
    List<String> out = new ArrayList<>();
    for (ResumeSection s : order) {
      if (SectionCounts.count(before, s) > 0 && SectionCounts.count(after, s) == 0) {
        out.add("%s the section '%s' empty".formatted(who, s.key()));
      }
    }
    return List.copyOf(out);
  }

  private static CheckReport report(CompletableFuture<CheckReport> reading) {
    try {
      return reading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static long lap(Map<String, Long> stages, String stage, long since) {
    long now = System.nanoTime();
    stages.merge(stage, ms(now - since), Long::sum);
    return now;
  }

  private static long ms(long nanos) {
    return Math.round(nanos / 1e6);
  }
}
