package dev.vitae.cli;

import dev.vitae.fit.FitMode;
import dev.vitae.fit.Overflow;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.pipeline.DoesNotFit;
import dev.vitae.pipeline.Document;
import dev.vitae.pipeline.FileNames;
import dev.vitae.pipeline.OutputWriter;
import dev.vitae.pipeline.Vitae;
import dev.vitae.view.Paper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Builds every output of a resume.yaml. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the one-page résumé (PDF, text, Markdown) from resume.yaml.",
    footer = {"", "Examples:", "  vitae build", "  vitae build resume.yaml --out out --paper a4",
        "  vitae build --strict        fail rather than leave anything out to fit one page"})
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

  @Option(names = "--strict",
      description = "fail instead of leaving content out when the résumé overflows one page at 9 pt")
  boolean strict;

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
    var resume = loaded.get().resume();
    BuildOptions options = new BuildOptions(size.get(), buildTime(file), strict ? FitMode.STRICT : FitMode.DROP);
    String base = FileNames.person(resume.basics().name()) + "-Resume";
    Vitae.Built built;
    try {
      built = Vitae.create(Optional.empty()).resume(resume, options, base);
    } catch (DoesNotFit e) {
      printOverflow(e.overflow(), err);
      err.println("vitae: nothing written; the previous outputs in " + out + " are unchanged");
      return 1;
    }
    List<Path> written = OutputWriter.commit(out, built.documents());
    for (int i = 0; i < written.size(); i++) {
      Document d = built.documents().get(i);
      stdout.printf("wrote %-40s %s %7s %4d ms%n", written.get(i),
          d.pages() > 0 ? "%d page%s".formatted(d.pages(), d.pages() == 1 ? " " : "s") : "      ",
          size(d.bytes().length), d.millis());
    }
    built.fit().lines().forEach(stdout::println);
    stdout.printf("done in %d ms%n", Math.round((System.nanoTime() - start) / 1e6));
    return 0;
  }

  private static void printOverflow(Overflow o, PrintWriter err) {
    err.println("vitae: error: " + o.message());
    if (o.strict()) {
      err.println("  --strict leaves every item in; the first candidates to cut, least important first:");
      o.candidates().forEach(c -> err.println("    " + c));
      err.println("  hint: shorten or remove them, give what must stay a higher priority, or build without"
          + " --strict to leave them out (each one is reported)");
    } else {
      err.println("  hint: what is left is never dropped (name, contacts, summary, skills, education, the newest"
          + " job, items of the highest priority); shorten it");
    }
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
