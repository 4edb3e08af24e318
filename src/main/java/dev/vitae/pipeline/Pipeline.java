package dev.vitae.pipeline;

import dev.vitae.apply.Screen;
import dev.vitae.fit.FitMemory;
import dev.vitae.load.LoadResult;
import dev.vitae.model.ApplicationStatus;
import dev.vitae.model.Resume;
import dev.vitae.render.TemplateFailure;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.render.pdf.UncoveredText;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.Severity;
import dev.vitae.tailor.TailorError;
import dev.vitae.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one way a build runs, for {@code build}, {@code watch}, {@code validate} and the fuzz test
 * alike: read, load and validate; check every flag, name, theme, {@code --set} value and font;
 * tailor and render every profile; read every PDF back; commit all of it or nothing. Returns what
 * happened as a value and never prints.
 *
 * <p>One instance keeps the parsed fonts and the template cache of its last build, so that a watch
 * rebuild is fast; it serves one build at a time.
 */
public final class Pipeline {

  private final FontSet shipped;
  private final Outputs outputs;
  private final FitMemory fits;
  private @Nullable Engine engine;

  /** The engines of {@link #rehearse}, one per core, for the engine they were made beside. */
  private final List<Vitae> rehearsing = new ArrayList<>();

  private @Nullable Engine rehearsingFor;

  /**
   * @param shipped the fonts every build starts from, before a résumé's own
   * @param outputs what each profile is rendered to
   */
  public Pipeline(FontSet shipped, Outputs outputs) {
    this(shipped, outputs, FitMemory.none());
  }

  /**
   * @param fits the answers of earlier fits to reuse, for a build with the shipped templates and
   *     fonts only (of a process that builds again: {@code vitae serve})
   */
  public Pipeline(FontSet shipped, Outputs outputs, FitMemory fits) {
    this.shipped = shipped;
    this.outputs = outputs;
    this.fits = fits;
  }

  /** A pipeline with the shipped fonts and outputs. */
  public static Pipeline shipped() {
    return shipped(FitMemory.none());
  }

  /** A pipeline with the shipped fonts and outputs that reuses the answers of earlier fits. */
  public static Pipeline shipped(FitMemory fits) {
    return new Pipeline(FontSet.shipped(), Outputs.SHIPPED, fits);
  }

  /** The engine of one build: templates and fonts as a request and a résumé's fonts ask. */
  private record Engine(Optional<Path> templates, List<Path> fonts, Vitae vitae, FontSet fontSet) {

    Vitae another() {
      return Vitae.create(templates, fontSet);
    }
  }

  /** Everything checked, nothing rendered. */
  private record Ready(
      LoadResult.Loaded loaded,
      Plan plan,
      Engine engine,
      BuildOptions options,
      long loadMillis,
      String sourceDigest) {}

  /** Stops a build with its problems; never leaves this class. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    Stop(List<Problem> problems) {
      super(null, null, false, false);
      this.problems = problems;
    }

    Stop(Problem problem) {
      this(List.of(problem));
    }
  }

  /**
   * Every check a build makes before it renders, without rendering: {@code vitae validate}.
   *
   * @return the problems and warnings; none {@link Problem#stops() stops} a build when it would run
   */
  public List<Problem> check(BuildRequest request) {
    try {
      return warnings(prepare(request).loaded());
    } catch (Stop stop) {
      return stop.problems;
    }
  }

  /** Builds everything a request asks for, and commits it to {@code request.out()} in one step. */
  public BuildResult build(BuildRequest request) {
    try {
      stopIf(BuildChecks.out(request.out()));
      Ready ready = prepare(request);
      List<VariantBuild> builds = render(request, ready);
      ready.options().fits().endBuild();
      stopIf(BuildChecks.built(request, builds));
      long t = System.nanoTime();
      List<Document> written = commit(request, ready, builds);
      if (ready.options().fits().remembers()) {
        FitFile.save(request.out(), ready.options().fits());
        ready.options().verified().save();
      }
      return new BuildResult.Built(
          new Problem.Diagnostics(ready.loaded().source(), ready.loaded().diagnostics()),
          builds,
          written,
          ready.loadMillis(),
          ms(System.nanoTime() - t));
    } catch (Stop stop) {
      return new BuildResult.Failed(stop.problems);
    }
  }

  /**
   * Builds what {@code request} asks for as {@link #build} would, but writes, remembers and reports
   * nothing: on engines of its own (their read-back memories too), without the fit memory (each fit
   * searches). {@code vitae watch} runs it while it waits for the first save, so that the JIT has
   * compiled what a rebuild runs by then and the first saves are not built by the interpreter.
   *
   * @return whether the file built (a file that does not is left to the next build to report)
   */
  public boolean rehearse(BuildRequest request) {
    try {
      Ready ready = prepare(request);
      if (!ready.engine().equals(rehearsingFor)) {
        rehearsing.clear();
        rehearsingFor = ready.engine();
      }
      int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
      while (rehearsing.size() < cores) {
        rehearsing.add(ready.engine().another());
      }
      BuildOptions forgetful = ready.options().withFits(FitMemory.none());
      Iterator<Vitae> more = rehearsing.subList(1, rehearsing.size()).iterator();
      Builds.all(
          ready.loaded().resume(),
          ready.plan(),
          forgetful,
          outputs,
          rehearsing.get(0),
          () -> more.hasNext() ? more.next() : ready.engine().another());
      return true;
    } catch (Stop | UncoveredText | DoesNotFit | TemplateFailure e) {
      return false;
    }
  }

  /**
   * Builds an application's bundle ({@code vitae apply FILE}) and commits it into {@code sent/}
   * beside the application, in one step; a frozen bundle is never written over.
   */
  public ApplyResult apply(ApplyRequest request) {
    return new Applying(this).apply(request);
  }

  /** Writes a commented starter application and the posting's copy ({@code vitae apply --new}). */
  public Started startApplication(NewApplication request) {
    return ApplicationFiles.start(request, new Applying(this));
  }

  /**
   * Moves an application's status on in its file ({@code vitae apply --status}); marking it sent is
   * refused while anything remains that must not reach an employer.
   */
  public StatusChange changeStatus(Path application, Optional<Path> resume, ApplicationStatus to) {
    return ApplicationFiles.status(application, resume, to, new Applying(this));
  }

  /** Every application in a folder, with its latest bundle ({@code vitae applications}). */
  public ApplicationList applications(Path folder) {
    return ApplicationFiles.list(folder);
  }

  /**
   * Renders and reads back what a request asks for without writing anything: the documents of an
   * application's bundle, which {@link Applying} names and commits itself.
   *
   * @return the builds, with nothing {@code written}
   */
  BuildResult renderOnly(BuildRequest request) {
    try {
      Ready ready = prepare(request);
      List<VariantBuild> builds = render(request, ready);
      stopIf(BuildChecks.built(request, builds));
      return new BuildResult.Built(
          new Problem.Diagnostics(ready.loaded().source(), ready.loaded().diagnostics()),
          builds,
          List.of(),
          ready.loadMillis(),
          0);
    } catch (Stop stop) {
      return new BuildResult.Failed(stop.problems);
    }
  }

  private Ready prepare(BuildRequest request) {
    stopIf(BuildChecks.flags(request));
    long t0 = System.nanoTime();
    byte[] source = bytes(request.file());
    LoadResult read = Vitae.read(request.file().toString(), source);
    if (!(read instanceof LoadResult.Loaded file)) {
      throw new Stop(new Problem.Diagnostics(read.source(), read.diagnostics()));
    }
    LoadResult.Loaded loaded = withBuildWarnings(file);
    long loadMillis = ms(System.nanoTime() - t0);
    Resume resume = loaded.resume();
    Plan plan;
    List<Problem> problems = new ArrayList<>(warnings(loaded));
    try {
      plan = Plan.of(resume, request.variants(), request.flags());
      problems.addAll(BuildChecks.setValues(resume, plan));
    } catch (TailorError e) {
      throw new Stop(with(problems, new Problem.Usage(e.getMessage(), e.hint())));
    }
    Engine engine = engine(request, loaded);
    List<Diagnostic> uncovered =
        Scripts.check(resume, loaded.sourceMap(), engine.vitae().coverage());
    if (!uncovered.isEmpty()) {
      problems.add(new Problem.Diagnostics(loaded.source(), uncovered));
    }
    problems.addAll(BuildChecks.themes(request, plan, engine.vitae()));
    Pictures.Resolved picture =
        Pictures.resolve(folder(request), resume.basics().image(), loaded.sourceMap());
    if (!picture.diagnostics().isEmpty()) {
      problems.add(new Problem.Diagnostics(loaded.source(), picture.diagnostics()));
    }
    if (problems.stream().anyMatch(Problem::stops)) {
      throw new Stop(problems);
    }
    // the same page lays out the same only while nothing it depends on can change
    FitMemory memory =
        request.templates().isEmpty() && engine.fonts().isEmpty() ? fits : FitMemory.none();
    FitFile.restore(request.out(), memory);
    BuildOptions options =
        new BuildOptions(
            request.paper(),
            buildTime(request.file()),
            request.fit(),
            request.previewDpi(),
            request.archival(),
            request.letter(),
            memory,
            picture.picture(),
            memory.remembers() ? Verified.restore(request.out()) : Verified.none());
    return new Ready(loaded, plan, engine, options, loadMillis, Manifest.sha256(source));
  }

  /**
   * The file's warnings, one for each placeholder among its contacts (example.com, TODO): every
   * document prints them, so every build and {@code vitae validate} names them, with the same
   * screen {@code vitae apply} refuses to send them by; and one for each field no document prints.
   */
  private static LoadResult.Loaded withBuildWarnings(LoadResult.Loaded loaded) {
    List<Diagnostic> more =
        new ArrayList<>(
            Screen.contacts(loaded.resume().basics(), loaded.sourceMap(), Severity.WARNING));
    more.addAll(Validator.buildWarnings(loaded.resume(), loaded.sourceMap()));
    if (more.isEmpty()) {
      return loaded;
    }
    List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
    all.addAll(more);
    return new LoadResult.Loaded(
        loaded.source(), loaded.resume(), loaded.sourceMap(), List.copyOf(all));
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new Stop(
          new Problem.Environment(
              file,
              "no such file: " + file,
              "run vitae in the folder that holds resume.yaml, or name the file: vitae build"
                  + " path/to/resume.yaml"));
    } catch (IOException e) {
      throw new Stop(
          new Problem.Environment(file, "cannot read " + file + ": " + e.getMessage(), ""));
    }
  }

  private static List<Problem> warnings(LoadResult.Loaded loaded) {
    return loaded.diagnostics().isEmpty()
        ? List.of()
        : List.of(new Problem.Diagnostics(loaded.source(), loaded.diagnostics()));
  }

  private static void stopIf(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new Stop(problems);
    }
  }

  private static List<Problem> with(List<Problem> first, Problem then) {
    List<Problem> out = new ArrayList<>(first);
    out.add(then);
    return out;
  }

  private static Path folder(BuildRequest request) {
    return Objects.requireNonNull(
        request.file().toAbsolutePath().getParent(), "a file has a folder");
  }

  /**
   * The engine for this file's fonts and the request's templates: the last one for the shipped
   * templates and fonts, which cannot change while the process runs; a new one for a user's
   * templates or fonts, whose files may have changed since (and a template engine would read an
   * edited template only seconds later).
   */
  private Engine engine(BuildRequest request, LoadResult.Loaded loaded) {
    UserFonts.Resolved fonts =
        UserFonts.resolve(folder(request), loaded.resume().fonts(), loaded.sourceMap());
    if (!fonts.diagnostics().isEmpty()) {
      throw new Stop(
          with(warnings(loaded), new Problem.Diagnostics(loaded.source(), fonts.diagnostics())));
    }
    if (engine == null
        || request.templates().isPresent()
        || !fonts.files().isEmpty()
        || engine.templates().isPresent()
        || !engine.fonts().isEmpty()) {
      FontSet all = shipped.withFallbacks(fonts.files());
      engine =
          new Engine(
              request.templates(), fonts.files(), Vitae.create(request.templates(), all), all);
    }
    return engine;
  }

  private List<VariantBuild> render(BuildRequest request, Ready ready) {
    Resume resume = ready.loaded().resume();
    Engine e = ready.engine();
    try {
      return Builds.all(resume, ready.plan(), ready.options(), outputs, e.vitae(), e::another);
    } catch (UncoveredText u) {
      throw new Stop(new Problem.UncoveredText(u.getMessage(), u.hint()));
    } catch (DoesNotFit d) {
      throw new Stop(new Problem.DoesNotFit(d.variant(), d.overflow(), request.templates()));
    } catch (TemplateFailure t) {
      throw new Stop(new Problem.TemplateFailure(t.getMessage(), request.templates()));
    }
  }

  /**
   * Commits the build. A partial one keeps the previous files it did not make; with {@code --clean}
   * only those that a whole build of this resume.yaml would also make.
   */
  private static List<Document> commit(
      BuildRequest request, Ready ready, List<VariantBuild> builds) {
    Carry carry =
        !request.partial()
            ? new Carry.Nothing()
            : request.clean()
                ? new Carry.Only(OutputNames.bases(ready.loaded().resume()))
                : new Carry.Everything();
    Path out = request.out();
    try {
      return OutputWriter.commitBuilds(out, builds, carry, ready.sourceDigest());
    } catch (OutputFailure e) {
      throw new Stop(new Problem.Environment(out, "cannot write " + e.getMessage(), e.hint()));
    } catch (IOException e) {
      throw new Stop(
          new Problem.Environment(
              out,
              "cannot write " + out + ": " + e.getMessage(),
              "check that the folder exists and is writable"));
    }
  }

  /** The date written into PDFs: SOURCE_DATE_EPOCH when set, else the file's modification time. */
  static Instant buildTime(Path file) {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    try {
      return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
    } catch (IOException e) {
      throw new Stop(
          new Problem.Environment(file, "cannot read " + file + ": " + e.getMessage(), ""));
    }
  }

  private static long ms(long nanos) {
    return Math.round(nanos / 1e6);
  }
}
