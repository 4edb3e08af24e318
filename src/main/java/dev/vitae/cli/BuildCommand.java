package dev.vitae.cli;

import dev.vitae.pipeline.BuildOptions;
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
import java.util.ArrayList;
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
    description = "Build the one-page résumé and the long-form dossier (PDF, text, Markdown) from resume.yaml.",
    footer = {"", "Examples:", "  vitae build", "  vitae build resume.yaml --out out --paper a4"})
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
    BuildOptions options = new BuildOptions(size.get(), buildTime(file));
    String base = FileNames.person(resume.basics().name()) + "-Resume";
    Vitae vitae = Vitae.create(Optional.empty());
    Vitae.Built built = vitae.resume(resume, options, base);
    String dossierBase = FileNames.person(resume.basics().name()) + "-Dossier";
    Vitae.DossierBuilt dossier = vitae.dossier(resume, options, dossierBase);
    List<Document> documents = new ArrayList<>(built.documents());
    documents.addAll(dossier.documents());
    List<Path> written = OutputWriter.commit(out, documents);
    for (int i = 0; i < written.size(); i++) {
      Document d = documents.get(i);
      stdout.printf("wrote %-40s %s %7s %4d ms%n", written.get(i),
          d.pages() > 0 ? "%d page%s".formatted(d.pages(), d.pages() == 1 ? " " : "s") : "      ",
          size(d.bytes().length), d.millis());
    }
    stdout.println(built.fit().summary());
    stdout.printf("done in %d ms%n", Math.round((System.nanoTime() - start) / 1e6));
    return 0;
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
