package dev.vitae.cli;

import dev.vitae.apply.BundleRecord;
import dev.vitae.model.ApplicationStatus;
import dev.vitae.pipeline.ApplyRequest;
import dev.vitae.pipeline.ApplyResult;
import dev.vitae.pipeline.NewApplication;
import dev.vitae.pipeline.Pipeline;
import dev.vitae.pipeline.Problem;
import dev.vitae.pipeline.Started;
import dev.vitae.pipeline.StatusChange;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Builds an application's bundle, writes a starter application, or moves its status on. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Build the bundle of one application (applications/NAME.yaml) into",
      "applications/sent/DATE-company-role/: the résumé and cover letter named for upload",
      "(Tushar-Resume-Acme.pdf), the posting as received, the match report and record.json.",
      "A bundle built while the application is sent (or later) is frozen: it is never written",
      "over, and a changed application makes a new revision (…-r2) beside it.",
      "A draft builds with a warning for each value that must not reach an employer",
      "(placeholder contacts, TODO, empty letter paragraphs); a sent one is refused while any",
      "remains."
    },
    footer = {
      "",
      "Examples:",
      "  vitae apply --new --company Acme --role \"Backend Engineer\" --job posting.txt",
      "  pbpaste | vitae apply --new --company Acme --role SRE --job -",
      "  vitae apply applications/acme-backend-engineer.yaml",
      "  vitae apply --status sent applications/acme-backend-engineer.yaml",
      "  vitae apply --status interview applications/acme-backend-engineer.yaml"
    })
final class ApplyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand VitaeCommand parent;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "the application file (not with --new)")
  @Nullable Path file;

  @Option(
      names = "--new",
      description = "write a commented starter application (never over an existing file)")
  boolean start;

  @Option(names = "--company", paramLabel = "NAME", description = "with --new: the employer")
  @Nullable String company;

  @Option(names = "--role", paramLabel = "TITLE", description = "with --new: the role")
  @Nullable String role;

  @Option(
      names = "--job",
      paramLabel = "POSTING",
      description = "with --new: the job posting, a text file or - for standard input")
  @Nullable String job;

  @Option(
      names = "--dir",
      defaultValue = "applications",
      paramLabel = "DIR",
      description = "with --new: where application files live (default: ${DEFAULT-VALUE})")
  Path dir;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      completionCandidates = StatusKeys.class,
      description = "set the application's status in its file: ${COMPLETION-CANDIDATES}")
  @Nullable ApplicationStatus status;

  @Option(
      names = "--resume",
      paramLabel = "FILE",
      description =
          "the résumé it sends (default: the application's resume:, else resume.yaml); --new"
              + " writes it into the application")
  @Nullable Path resume;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (start) {
      return start(out);
    }
    if (file == null) {
      throw usage(
          "name the application file, or write one with --new",
          "vitae apply applications/acme.yaml, or vitae apply --new --company Acme --role SRE");
    }
    if (company != null || role != null || job != null) {
      throw usage("--company, --role and --job go with --new", "add --new, or leave them out");
    }
    if (status != null) {
      return status(out, file, status);
    }
    ApplyResult result =
        Pipeline.shipped()
            .apply(
                new ApplyRequest(file, Optional.ofNullable(resume), LocalDate.now(parent.clock())));
    return switch (result) {
      case ApplyResult.Failed f ->
          throw new Failure(
              f.problems(),
              List.of("vitae: nothing written; the bundles in " + sent(file) + " are unchanged"));
      case ApplyResult.Built b -> built(b, file, out, err);
    };
  }

  private static Path sent(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of("sent") : parent.resolve("sent");
  }

  private static int built(ApplyResult.Built b, Path file, PrintWriter out, PrintWriter err) {
    Errors.print(b.findings(), err);
    b.warnings().forEach(w -> err.println("vitae: warning: " + w));
    err.flush();
    BundleRecord r = b.record();
    Path folder = sent(file).resolve(b.folder().getFileName());
    out.printf(
        Locale.ROOT,
        "wrote %s/ (%s, variant %s)%s%n",
        folder,
        r.status(),
        r.variant(),
        b.revision() ? ": a new revision beside the frozen one" : "");
    for (BundleRecord.FileEntry f : r.files()) {
      String pages = f.pages() == 1 ? "1 page" : f.pages() + " pages";
      out.println(
          f.pages() > 0
              ? String.format(Locale.ROOT, "  %-40s %s", f.file(), pages)
              : "  " + f.file());
    }
    out.println("  " + BundleRecord.FILE_NAME);
    if (!b.findings().isEmpty()) {
      out.println(
          "draft: it cannot be marked sent while the values above remain; fix them, then"
              + " vitae apply --status sent "
              + file);
    }
    out.flush();
    return 0;
  }

  private int status(PrintWriter out, Path application, ApplicationStatus to) {
    StatusChange change =
        Pipeline.shipped().changeStatus(application, Optional.ofNullable(resume), to);
    return switch (change) {
      case StatusChange.Failed f ->
          throw new Failure(f.problems(), List.of("vitae: " + application + " is unchanged"));
      case StatusChange.Changed c -> {
        out.println(
            c.file()
                + ": status "
                + c.from().key()
                + " → "
                + c.to().key()
                + " (no bundle changed)");
        if (c.to().isOut() && !c.from().isOut()) {
          out.println("next: build the bundle you upload: vitae apply " + c.file());
        }
        out.flush();
        yield 0;
      }
    };
  }

  private int start(PrintWriter out) {
    if (file != null || status != null) {
      throw usage("--new writes a new file; it takes no FILE or --status", "leave them out");
    }
    if (company == null || company.isBlank() || role == null || role.isBlank()) {
      throw usage(
          "--new needs --company and --role",
          "vitae apply --new --company Acme --role \"Backend Engineer\" --job posting.txt");
    }
    Optional<byte[]> posting = job == null ? Optional.empty() : Optional.of(posting(job));
    Started started =
        Pipeline.shipped()
            .startApplication(
                new NewApplication(
                    dir,
                    resume == null ? Path.of("resume.yaml") : resume,
                    resume != null,
                    company,
                    role,
                    posting,
                    LocalDate.now(parent.clock())));
    return switch (started) {
      case Started.Failed f -> throw new Failure(f.problems(), List.of("vitae: nothing written"));
      case Started.Written w -> {
        w.posting().ifPresent(p -> out.println("wrote " + p + " (the posting, as received)"));
        out.println(
            "wrote "
                + w.file()
                + " (variant "
                + w.choice().shown()
                + (w.choice().reports().isEmpty()
                    ? ""
                    : ", the best match: " + w.choice().reports().get(0).coverage() + "%")
                + ")");
        out.println(
            "next: write the letter in " + w.file() + ", then run: vitae apply " + w.file());
        out.flush();
        yield 0;
      }
    };
  }

  private static byte[] posting(String job) {
    if (job.equals("-")) {
      try {
        return System.in.readAllBytes();
      } catch (IOException e) {
        throw Failure.of(
            new Problem.Environment(
                Path.of("-"),
                "cannot read the posting from standard input",
                String.valueOf(e.getMessage())));
      }
    }
    return InputFile.bytes(
        Path.of(job), "save the posting's text to a file and pass it with --job");
  }

  private static Failure usage(String message, String hint) {
    return Failure.of(new Problem.Usage(message, hint));
  }
}
