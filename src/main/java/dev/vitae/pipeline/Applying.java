package dev.vitae.pipeline;

import dev.vitae.apply.BundleRecord;
import dev.vitae.apply.Posting;
import dev.vitae.apply.Screen;
import dev.vitae.apply.VariantChoice;
import dev.vitae.load.ApplicationLoad;
import dev.vitae.load.LoadResult;
import dev.vitae.load.Loader;
import dev.vitae.load.ScalarEdit;
import dev.vitae.match.MatchText;
import dev.vitae.model.Application;
import dev.vitae.model.ApplicationStatus;
import dev.vitae.model.Attachment;
import dev.vitae.model.DocumentKind;
import dev.vitae.model.FileFormat;
import dev.vitae.model.FitMode;
import dev.vitae.model.PartialDate;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.Severity;
import dev.vitae.tailor.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code vitae apply FILE}: reads the application and the résumé, chooses the variant, screens what
 * must not reach an employer, builds and reads back the documents through the pipeline, names them
 * for upload and commits the bundle with its posting, match report and record. Never prints.
 */
final class Applying {

  /** The largest posting read: a posting is a page or two of text. */
  static final int MAX_POSTING_BYTES = 1 << 20;

  private final Pipeline pipeline;

  Applying(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Stops an apply with its problems; never leaves this package. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    Stop(List<Problem> problems) {
      super(null, null, false, false);
      this.problems = List.copyOf(problems);
    }

    Stop(Problem problem) {
      this(List.of(problem));
    }

    List<Problem> problems() {
      return problems;
    }
  }

  /**
   * An application and the résumé it sends, both loaded, with the SHA-256 of each file as read and
   * the posting's bytes.
   */
  record Loaded(
      ApplicationLoad.Loaded application,
      String applicationSha256,
      LoadResult.Loaded resume,
      Path resumeFile,
      String resumeSha256,
      Optional<byte[]> posting,
      List<Diagnostic> postingErrors) {

    Optional<String> postingText() {
      return posting.map(b -> new String(b, StandardCharsets.UTF_8));
    }
  }

  ApplyResult apply(ApplyRequest request) {
    try {
      return build(request);
    } catch (Stop stop) {
      return new ApplyResult.Failed(stop.problems);
    }
  }

  private ApplyResult build(ApplyRequest request) {
    Loaded in = load(request.application(), request.resume());
    Application app = in.application().application();
    List<Diagnostic> errors = new ArrayList<>(in.postingErrors());
    LocalDate date = date(in.application(), request.today(), errors);
    VariantChoice choice =
        VariantChoice.of(app, in.application().sourceMap(), in.resume().resume(), in.postingText());
    choice.problem().ifPresent(errors::add);
    stopIfErrors(in.application(), errors);
    boolean out = app.statusOrDraft().isOut();
    Screen.Findings findings = screen(in, out ? Severity.ERROR : Severity.WARNING);
    if (out && !findings.isEmpty()) {
      throw new Stop(refusal(in, findings, app, Optional.empty()));
    }
    BuildRequest buildRequest = buildRequest(in.resumeFile(), app, choice, date, out);
    List<String> warnings = new ArrayList<>();
    VariantBuild built = render(buildRequest);
    built
        .fit()
        .ifPresent(
            fit ->
                fit.dropped()
                    .forEach(d -> warnings.add("the résumé left out to fit one page: " + d)));
    String person = in.resume().resume().basics().name();
    List<Document> files = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Attachment a : app.attachments()) {
      for (String extension : extensions(a, app.fileFormats())) {
        Optional<Document> d = find(built.documents(), a, extension);
        if (d.isPresent()) {
          files.add(renamed(d.get(), BundleNames.file(person, a, app.company(), extension), a));
        } else {
          missing.add(a.key() + " as ." + extension);
        }
      }
    }
    if (!missing.isEmpty()) {
      String message =
          "this vitae cannot make " + String.join(", ", missing) + " yet; it is not in the bundle";
      if (out) {
        throw new Stop(
            new Problem.Invalid(
                message + "; nothing written",
                "leave it out of 'documents:' or 'formats:', or set status: draft"));
      }
      warnings.add(message);
    }
    in.posting().ifPresent(p -> files.add(new Document(BundleNames.POSTING, "posting", p, 0, 0)));
    if (!choice.reports().isEmpty()) {
      byte[] report = MatchText.of(choice.reports()).getBytes(StandardCharsets.UTF_8);
      files.add(new Document(BundleNames.MATCH, "match", report, 0, 0));
    }
    BundleRecord record = record(in, app, date, choice, files);
    files.add(new Document(BundleRecord.FILE_NAME, "record", record.json(), 0, 0));
    Path sent =
        Objects.requireNonNull(request.application().toAbsolutePath().getParent())
            .resolve(BundleNames.SENT);
    String folder = BundleNames.folder(date, app.company(), app.role());
    try {
      BundleCommit.Committed c = BundleCommit.commit(sent, folder, files, record);
      List<Problem> found = new ArrayList<>();
      addFindings(found, in, findings);
      return new ApplyResult.Built(c.folder(), record, choice, found, warnings, c.revision());
    } catch (BundleCommit.Frozen f) {
      throw new Stop(
          new Problem.Invalid(
              "%s was sent and is frozen: this application and resume.yaml are as they were when"
                      .formatted(display(request.application(), f.folder()))
                  + " it was built; nothing written",
              "to send a changed application, change it (or resume.yaml) and apply again: a new"
                  + " revision is made beside it"));
    } catch (IOException e) {
      throw new Stop(
          new Problem.Environment(
              sent, "cannot write " + sent + ": " + e.getMessage(), "check the folder and retry"));
    }
  }

  /** The bundle's folder as the user wrote the application's path: {@code applications/sent/…}. */
  private static String display(Path application, Path folder) {
    Path parent = application.getParent();
    Path sent = (parent == null ? Path.of(BundleNames.SENT) : parent.resolve(BundleNames.SENT));
    return sent.resolve(folder.getFileName()).toString();
  }

  /**
   * The application and the résumé it sends: the one the command line names, else its own {@code
   * resume:} (relative to it), else {@code resume.yaml}.
   */
  Loaded load(Path applicationFile, Optional<Path> named) {
    byte[] applicationBytes =
        bytes(applicationFile, "name an application file; 'vitae apply --new' writes one");
    ApplicationLoad read = Loader.loadApplication(applicationFile.toString(), applicationBytes);
    if (!(read instanceof ApplicationLoad.Loaded application)) {
      throw new Stop(new Problem.Diagnostics(read.source(), read.diagnostics()));
    }
    String own = application.application().resume();
    Path resumeFile =
        named.orElseGet(
            () ->
                own == null
                    ? Path.of("resume.yaml")
                    : Objects.requireNonNullElse(applicationFile.getParent(), Path.of(""))
                        .resolve(own));
    byte[] resumeBytes =
        bytes(
            resumeFile,
            "run vitae in the folder that holds resume.yaml, or name it with --resume FILE");
    LoadResult resume = Vitae.read(resumeFile.toString(), resumeBytes);
    if (!(resume instanceof LoadResult.Loaded loadedResume)) {
      throw new Stop(new Problem.Diagnostics(resume.source(), resume.diagnostics()));
    }
    List<Diagnostic> postingErrors = new ArrayList<>();
    Optional<byte[]> posting = posting(applicationFile, application, postingErrors);
    return new Loaded(
        application,
        Manifest.sha256(applicationBytes),
        loadedResume,
        resumeFile,
        Manifest.sha256(resumeBytes),
        posting,
        List.copyOf(postingErrors));
  }

  /**
   * The posting's bytes; empty, with an error added to {@code errors}, when it cannot be read: an
   * error of the application, said with its others.
   */
  private static Optional<byte[]> posting(
      Path applicationFile, ApplicationLoad.Loaded loaded, List<Diagnostic> errors) {
    Posting posting = Posting.of(loaded.application(), loaded.sourceMap());
    switch (posting) {
      case Posting.None n -> {
        return Optional.empty();
      }
      case Posting.Pasted p -> {
        return Optional.of(p.text().getBytes(StandardCharsets.UTF_8));
      }
      case Posting.Refused r -> errors.add(r.diagnostic());
      case Posting.InFile f -> {
        Path folder = Objects.requireNonNull(applicationFile.toAbsolutePath().getParent());
        Path file = folder.resolve(f.path());
        try {
          if (Files.size(file) <= MAX_POSTING_BYTES) {
            return Optional.of(Files.readAllBytes(file));
          }
          errors.add(
              postingError(
                  loaded, "the posting " + f.path() + " is over 1 MB", "save only its text"));
        } catch (NoSuchFileException e) {
          errors.add(
              postingError(
                  loaded,
                  "no such posting: " + folder.relativize(file),
                  "save the posting's text there, or paste it as a block (posting: |)"));
        } catch (IOException e) {
          errors.add(postingError(loaded, "cannot read the posting: " + e.getMessage(), ""));
        }
      }
    }
    return Optional.empty();
  }

  private static Diagnostic postingError(
      ApplicationLoad.Loaded loaded, String message, String hint) {
    return Diagnostic.error(loaded.sourceMap().at("posting"), message, hint);
  }

  /** The application's day; today when it names none; an error when it names only a month. */
  private static LocalDate date(
      ApplicationLoad.Loaded loaded, LocalDate today, List<Diagnostic> errors) {
    PartialDate d = loaded.application().date();
    if (d == null) {
      return today;
    }
    if (d.day() == 0) {
      errors.add(
          Diagnostic.error(
              loaded.sourceMap().at("date"),
              "'date' must name a day: '%s'".formatted(d.iso()),
              "write YYYY-MM-DD, e.g. '%s'".formatted(today)));
      return today;
    }
    return LocalDate.of(d.year(), d.month(), d.day());
  }

  Screen.Findings screen(Loaded in, Severity severity) {
    return Screen.of(
        in.application().application(),
        in.application().sourceMap(),
        in.resume().resume().basics(),
        in.resume().sourceMap(),
        severity);
  }

  /**
   * Why an application that is out may not be built, or one may not be marked {@code marked}, every
   * value named.
   */
  static List<Problem> refusal(
      Loaded in, Screen.Findings findings, Application app, Optional<ApplicationStatus> marked) {
    List<Problem> problems = new ArrayList<>();
    addFindings(problems, in, findings);
    problems.add(
        new Problem.Invalid(
            marked
                .map(
                    to ->
                        "the application cannot be marked '%s' while what is above remains: it"
                            + " must not reach %s; nothing written")
                .orElse(
                    "the application is '%s', and what is above must not reach %s; nothing"
                        + " written")
                .formatted(marked.orElse(app.statusOrDraft()).key(), app.company()),
            "write the real values, or keep the application a draft (status: draft) to build a"
                + " bundle to look at"));
    return problems;
  }

  private static void addFindings(List<Problem> out, Loaded in, Screen.Findings findings) {
    if (!findings.application().isEmpty()) {
      out.add(new Problem.Diagnostics(in.application().source(), findings.application()));
    }
    if (!findings.resume().isEmpty()) {
      out.add(new Problem.Diagnostics(in.resume().source(), findings.resume()));
    }
  }

  private static BuildRequest buildRequest(
      Path resume, Application app, VariantChoice choice, LocalDate date, boolean out) {
    List<String> only = new ArrayList<>();
    for (Attachment a : app.attachments()) {
      switch (a) {
        case RESUME -> only.add(DocumentKind.RESUME.key());
        case DOSSIER -> only.add(DocumentKind.DOSSIER.key());
        case COVER_LETTER -> only.add(DocumentKind.LETTER.key());
      }
    }
    only.add(DocumentKind.TEXT.key());
    if (app.fileFormats().contains(FileFormat.DOCX)) {
      only.add(DocumentKind.DOCX.key());
    }
    Profile.Flags flags = new Profile.Flags(List.of(), List.of(), List.copyOf(only), List.of());
    BuildRequest plain =
        new BuildRequest(
            resume,
            resume.toAbsolutePath().resolveSibling(".vitae-apply-unused"),
            choice.variant().isEmpty() ? List.of() : List.of(choice.variant()),
            flags,
            Optional.empty(),
            dev.vitae.view.Paper.LETTER,
            out ? FitMode.STRICT : FitMode.DROP,
            0,
            false,
            false,
            Optional.empty());
    if (app.letter() == null || !app.attachments().contains(Attachment.COVER_LETTER)) {
      return plain;
    }
    List<DocumentKind> enclosures = new ArrayList<>();
    for (Attachment a : app.attachments()) {
      if (a == Attachment.RESUME) {
        enclosures.add(DocumentKind.RESUME);
      } else if (a == Attachment.DOSSIER) {
        enclosures.add(DocumentKind.DOSSIER);
      }
    }
    return plain.withLetter(
        new CoverLetter(app.letter(), app.company(), app.role(), date, enclosures));
  }

  private VariantBuild render(BuildRequest request) {
    return switch (pipeline.renderOnly(request)) {
      case BuildResult.Failed f -> throw new Stop(f.problems());
      case BuildResult.Built b -> b.builds().get(0);
    };
  }

  /** The extensions a document is sent as: its formats, and the letter also as text to paste. */
  private static List<String> extensions(Attachment a, List<FileFormat> formats) {
    List<String> out = new ArrayList<>();
    formats.forEach(f -> out.add(f.key()));
    if (a == Attachment.COVER_LETTER) {
      out.add("txt");
    }
    return out;
  }

  /** The built document of an attachment with an extension: {@code resume.pdf}, … */
  private static Optional<Document> find(List<Document> docs, Attachment a, String extension) {
    List<String> words =
        a == Attachment.COVER_LETTER
            ? List.of("letter", "cover-letter", "coverletter", "cover_letter")
            : List.of(a.key());
    return docs.stream()
        .filter(d -> d.fileName().toLowerCase(Locale.ROOT).endsWith("." + extension))
        .filter(
            d ->
                words.stream().anyMatch(w -> d.kind().toLowerCase(Locale.ROOT).startsWith(w + ".")))
        .findFirst();
  }

  private static Document renamed(Document d, String fileName, Attachment a) {
    String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
    return new Document(fileName, a.key() + "." + extension, d.bytes(), d.pages(), d.millis());
  }

  private static BundleRecord record(
      Loaded in, Application app, LocalDate date, VariantChoice choice, List<Document> files) {
    String text = in.application().source().text();
    BundleRecord.Sources sources =
        new BundleRecord.Sources(
            in.resumeSha256(),
            in.applicationSha256(),
            Manifest.sha256(ScalarEdit.without(text, "status").getBytes(StandardCharsets.UTF_8)),
            in.posting().map(Manifest::sha256).orElse(""));
    List<BundleRecord.FileEntry> entries =
        files.stream()
            .map(
                d ->
                    new BundleRecord.FileEntry(
                        d.fileName(),
                        d.kind(),
                        Manifest.sha256(d.bytes()),
                        d.pages(),
                        d.bytes().length))
            .toList();
    return new BundleRecord(
        Manifest.version(),
        app.company(),
        app.role(),
        date.toString(),
        app.statusOrDraft().key(),
        choice.shown(),
        sources,
        entries);
  }

  private static void stopIfErrors(ApplicationLoad.Loaded loaded, List<Diagnostic> errors) {
    if (!errors.isEmpty()) {
      throw new Stop(new Problem.Diagnostics(loaded.source(), errors));
    }
  }

  static byte[] bytes(Path file, String hint) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new Stop(new Problem.Environment(file, "no such file: " + file, hint));
    } catch (IOException e) {
      throw new Stop(
          new Problem.Environment(file, "cannot read " + file + ": " + e.getMessage(), ""));
    }
  }
}
