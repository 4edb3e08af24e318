package dev.vitae.pipeline;

import dev.vitae.apply.BundleRecord;
import dev.vitae.apply.Screen;
import dev.vitae.apply.Starter;
import dev.vitae.apply.VariantChoice;
import dev.vitae.load.ApplicationLoad;
import dev.vitae.load.LoadResult;
import dev.vitae.load.Loader;
import dev.vitae.load.ScalarEdit;
import dev.vitae.load.TextDecoder;
import dev.vitae.model.Application;
import dev.vitae.model.ApplicationStatus;
import dev.vitae.model.PartialDate;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The application files themselves: a starter for a new one ({@code apply --new}), the status of
 * one moved on in place ({@code apply --status}), and every one listed ({@code applications}).
 * Never prints.
 */
final class ApplicationFiles {

  private ApplicationFiles() {}

  /**
   * Why a posting given to {@code --new} is not one: matched against, kept beside the application
   * and sent with its bundle, it must be its text; a PDF or an empty clipboard matched 100% or 0%.
   */
  private static Optional<Problem> notText(byte[] posting) {
    String hint =
        "save the posting's text (pdftotext posting.pdf posting.txt, or copy it from the page:"
            + " pbpaste | vitae apply --new … --job -)";
    if (posting.length >= 5
        && new String(posting, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
      return Optional.of(new Problem.Invalid("the posting is a PDF, not its text", hint));
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(posting);
    if (!decoded.errors().isEmpty() || decoded.text().indexOf('\u0000') >= 0) {
      return Optional.of(new Problem.Invalid("the posting is not text (UTF-8)", hint));
    }
    if (decoded.text().isBlank()) {
      return Optional.of(
          new Problem.Invalid("the posting is empty", "write its text in it, or leave --job out"));
    }
    return Optional.empty();
  }

  /** {@code to} as the application in {@code folder} names it: {@code ../resume-de.yaml}. */
  private static String relative(Path folder, Path to) {
    return folder
        .toAbsolutePath()
        .normalize()
        .relativize(to.toAbsolutePath().normalize())
        .toString()
        .replace('\\', '/');
  }

  /** Writes a starter and the posting's copy beside it; never over an existing file. */
  static Started start(NewApplication request, Applying applying) {
    try {
      Optional<Problem> notAPosting = request.posting().flatMap(ApplicationFiles::notText);
      if (notAPosting.isPresent()) {
        throw new Applying.Stop(notAPosting.get());
      }
      String base = BundleNames.slug(request.company(), request.role());
      Path file = request.folder().resolve(base + ".yaml");
      Optional<Path> posting =
          request.posting().map(p -> request.folder().resolve(base + "-posting.txt"));
      for (Path p : Stream.concat(Stream.of(file), posting.stream()).toList()) {
        if (Files.exists(p)) {
          throw new Applying.Stop(exists(p));
        }
      }
      byte[] resumeBytes =
          Applying.bytes(
              request.resume(),
              "run vitae in the folder that holds resume.yaml, or name it with --resume FILE");
      LoadResult read = Vitae.read(request.resume().toString(), resumeBytes);
      if (!(read instanceof LoadResult.Loaded resume)) {
        throw new Applying.Stop(new Problem.Diagnostics(read.source(), read.diagnostics()));
      }
      Application named =
          new Application(
              null,
              request.company(),
              request.role(),
              null,
              null,
              VariantChoice.AUTO,
              null,
              List.of(),
              List.of(),
              null,
              null,
              null);
      VariantChoice choice =
          VariantChoice.of(
              named,
              new dev.vitae.load.SourceMap(java.util.Map.of()),
              resume.resume(),
              request.posting().map(b -> new String(b, StandardCharsets.UTF_8)));
      String text =
          Starter.text(
              file.toString(),
              request.company(),
              request.role(),
              request.today(),
              posting.map(p -> p.getFileName().toString()),
              request.resumeNamed()
                  ? Optional.of(relative(request.folder(), request.resume()))
                  : Optional.empty(),
              resume.resume().locale() == null
                  ? java.util.Map.of()
                  : resume.resume().locale().words(),
              choice);
      Files.createDirectories(request.folder());
      if (posting.isPresent()) {
        createNew(posting.get(), request.posting().get());
      }
      try {
        createNew(file, text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        if (posting.isPresent()) {
          Files.deleteIfExists(posting.get());
        }
        throw e;
      }
      return new Started.Written(file, posting, choice);
    } catch (Applying.Stop stop) {
      return new Started.Failed(stop.problems());
    } catch (FileAlreadyExistsException e) {
      return new Started.Failed(List.of(exists(Path.of(String.valueOf(e.getFile())))));
    } catch (IOException e) {
      return new Started.Failed(
          List.of(
              new Problem.Environment(
                  request.folder(),
                  "cannot write into " + request.folder() + ": " + e.getMessage(),
                  "check that the folder is writable")));
    }
  }

  private static Problem exists(Path p) {
    return new Problem.Environment(
        p,
        p + " already exists; nothing written",
        "edit it, or give another --company or --role; vitae never writes over it");
  }

  private static void createNew(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /**
   * Moves an application's status on, changing that one value of the file in place. Marking it out
   * ({@code sent} or later) is refused while anything remains that must not reach an employer. No
   * bundle is touched.
   */
  static StatusChange status(
      Path file, Optional<Path> resume, ApplicationStatus to, Applying applying) {
    try {
      Applying.Loaded in = applying.load(file, resume);
      if (!in.postingErrors().isEmpty()) {
        throw new Applying.Stop(
            new Problem.Diagnostics(in.application().source(), in.postingErrors()));
      }
      ApplicationStatus from = in.application().application().statusOrDraft();
      if (to.isOut()) {
        Screen.Findings findings = applying.screen(in, Severity.ERROR);
        if (!findings.isEmpty()) {
          return new StatusChange.Failed(
              Applying.refusal(
                  in, findings, withStatus(in.application().application(), to), Optional.of(to)));
        }
      }
      String text = in.application().source().text();
      Optional<String> edited = ScalarEdit.set(text, "status", to.key());
      if (edited.isEmpty()) {
        return new StatusChange.Failed(
            List.of(
                new Problem.Diagnostics(
                    in.application().source(),
                    List.of(
                        Diagnostic.error(
                            in.application().sourceMap().at("status"),
                            "the status is not written as one word on its line",
                            "write it as 'status: " + from.key() + "' and try again")))));
      }
      replace(file, edited.get().getBytes(StandardCharsets.UTF_8));
      return new StatusChange.Changed(file, from, to);
    } catch (Applying.Stop stop) {
      return new StatusChange.Failed(stop.problems());
    } catch (IOException e) {
      return new StatusChange.Failed(
          List.of(
              new Problem.Environment(
                  file, "cannot write " + file + ": " + e.getMessage(), "check the file")));
    }
  }

  private static Application withStatus(Application a, ApplicationStatus status) {
    return dev.vitae.model.Records.with(a, "status", status);
  }

  /** Writes the file whole beside it, then moves it over the old one in one step. */
  private static void replace(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path partial = Files.createTempFile(dir, "." + file.getFileName() + "-", ".part");
    try {
      Files.write(partial, bytes);
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Every application file directly in {@code folder} (bundles in sent/ are not), by date. */
  static ApplicationList list(Path folder) {
    List<ApplicationRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> entries = Files.list(folder)) {
      files =
          entries
              .filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().matches("[^.].*\\.ya?ml"))
              .sorted()
              .toList();
    } catch (IOException e) {
      return new ApplicationList(
          List.of(),
          List.of(
              new Problem.Environment(
                  folder,
                  "cannot read the folder " + folder + ": " + e.getMessage(),
                  "name the folder of your application files: vitae applications DIR")));
    }
    for (Path file : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        problems.add(new Problem.Environment(file, "cannot read " + file, ""));
        continue;
      }
      ApplicationLoad read = Loader.loadApplication(file.toString(), bytes);
      if (!(read instanceof ApplicationLoad.Loaded loaded)) {
        problems.add(new Problem.Diagnostics(read.source(), read.diagnostics()));
        continue;
      }
      rows.add(row(file, folder, loaded.application()));
    }
    rows.sort(Comparator.comparing(ApplicationRow::date).thenComparing(ApplicationRow::file));
    return new ApplicationList(rows, problems);
  }

  private static ApplicationRow row(Path file, Path folder, Application a) {
    String date = Optional.ofNullable(a.date()).map(PartialDate::iso).orElse("");
    String variant = a.variant() == null ? VariantChoice.AUTO : a.variant();
    String bundle = "";
    List<String> files = List.of();
    Path sent = folder.resolve(BundleNames.SENT);
    if (a.date() != null && a.date().day() != 0) {
      String name =
          BundleNames.folder(
              java.time.LocalDate.of(a.date().year(), a.date().month(), a.date().day()),
              a.company(),
              a.role());
      try {
        int latest = BundleCommit.latest(sent, name);
        if (latest > 0) {
          Path dir = sent.resolve(BundleNames.revision(name, latest));
          Optional<BundleRecord> record = BundleCommit.read(dir);
          if (record.isPresent()) {
            bundle = dir.toString();
            variant = record.get().variant();
            files =
                record.get().files().stream()
                    .map(BundleRecord.FileEntry::file)
                    .filter(f -> !List.of(BundleNames.POSTING, BundleNames.MATCH).contains(f))
                    .toList();
          }
        }
      } catch (IOException e) {
        // listed without its bundle
      }
    }
    return new ApplicationRow(
        file.toString(),
        date,
        a.company(),
        a.role(),
        variant,
        a.statusOrDraft().key().toLowerCase(Locale.ROOT),
        bundle,
        files);
  }
}
