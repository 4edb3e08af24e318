package dev.vitae.cli;

import dev.vitae.check.CheckReport;
import dev.vitae.check.Expectation;
import dev.vitae.check.FieldCheck;
import dev.vitae.check.ReadAs;
import dev.vitae.check.ReadBack;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.Manifest;
import dev.vitae.pipeline.Plan;
import dev.vitae.pipeline.Problem;
import dev.vitae.pipeline.SourceText;
import dev.vitae.tailor.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Reads PDFs, Word copies and web pages back and checks them, as `vitae build` does for everything
 * it writes.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Read PDFs back the way an applicant-tracking system does and check them: page count,",
      "embedded fonts that map to Unicode, the text layer (every source string in order with",
      "--source), no replacement/ligature/control characters, safe links, metadata, file size.",
      "A .docx is read with POI, paragraph by paragraph: its text (with --source), its title",
      "and author, its size. A .html page is read with jsoup, element by element: its text",
      "(with --source), title, language, schema.org Person JSON-LD, and nothing fetched from",
      "another host or file."
    },
    footer = {
      "",
      "Examples:",
      "  vitae check out/Tushar-Resume.pdf",
      "  vitae check out/*.pdf out/*/*.pdf --source resume.yaml",
      "  vitae check out/Tushar-Resume.docx --source resume.yaml",
      "  vitae check out/Tushar-Portfolio.html --source resume.yaml",
      "  vitae check --ats out/Tushar-Resume.pdf --source resume.yaml"
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "the PDFs (and .docx Word copies, .html pages) to check")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--source",
      paramLabel = "resume.yaml",
      description = "also check that each file holds the text it was built from, in order")
  @Nullable Path source;

  @Option(
      names = "--ats",
      description = {
        "also read each résumé as an applicant-tracking parser does, from its text items alone,",
        "and print its fields beside the source's: field, expected, found, ok or MISMATCH"
      })
  boolean ats;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (ats && source == null) {
      throw Failure.of(
          new Problem.Usage(
              "--ats compares fields with the file the PDFs were built from",
              "add --source resume.yaml"));
    }
    @Nullable Expected expected = source == null ? null : Expected.of(source, err);
    boolean ok = true;
    List<Problem> missing = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        missing.add(new Problem.Environment(file, "no such file: " + file, ""));
        continue;
      }
      Optional<Expectation> built = expected == null ? Optional.empty() : expected.of(file);
      if (source != null && built.isEmpty()) {
        err.println(
            "vitae: warning: "
                + file
                + " is not a file "
                + source
                + " builds; its text is not compared");
      }
      Expectation e = built.orElse(Expectation.ANY);
      ReadAs format = ReadAs.ofFileName(file.toString()).orElse(ReadAs.PDF);
      CheckReport r = new ReadBack(format, e).check(file.toString(), bytes);
      if (r.ok()) {
        out.printf(
            Locale.ROOT,
            "ok     %s  %s%,d bytes%s%n",
            file,
            format == ReadAs.PDF
                ? "%d page%s, %d fonts embedded, "
                    .formatted(r.pages(), r.pages() == 1 ? "" : "s", r.fonts())
                : "",
            r.bytes(),
            e.strings().isEmpty()
                ? ""
                : ", %d source strings in order".formatted(e.strings().size()));
      } else {
        ok = false;
        out.println("FAILED " + file);
        r.problems().forEach(p -> out.println("  - " + p));
      }
      if (ats && format != ReadAs.PDF) {
        err.println(
            "vitae: warning: "
                + file
                + ": --ats reads PDFs only; this file's text is checked, not its fields");
      } else if (ats && !e.fields().isEmpty()) {
        List<FieldCheck> rows = r.fields();
        FieldTable.print(rows, out);
        ok &= rows.stream().allMatch(FieldCheck::ok);
      }
    }
    if (!missing.isEmpty()) {
      throw new Failure(missing, List.of());
    }
    if (!ok) {
      throw Failure.reported();
    }
    return 0;
  }

  /**
   * What the PDFs of a build of one resume.yaml must hold, with what each build's manifest says its
   * fit left out (when that manifest names this very source), so that a file {@code vitae build}
   * wrote passes as the build's own read-back passed it.
   */
  private static final class Expected {

    private final Resume resume;
    private final String digest;
    private final Plan plan;
    private final Map<Path, Map<String, Expectation>> byOut = new HashMap<>();

    private Expected(Resume resume, String digest) {
      this.resume = resume;
      this.digest = digest;
      this.plan = Plan.of(resume, List.of(), Profile.Flags.NONE);
    }

    static Expected of(Path source, PrintWriter err) {
      Resume resume = InputFile.read(source, err).resume();
      try {
        return new Expected(resume, Manifest.sha256(Files.readAllBytes(source)));
      } catch (IOException e) {
        throw Failure.of(
            new Problem.Environment(source, "cannot read " + source + ": " + e.getMessage(), ""));
      }
    }

    /**
     * The expectation of one PDF, by its path inside its build's folder; empty for another file.
     */
    Optional<Expectation> of(Path pdf) {
      Optional<Path> out = SourceText.outFolder(pdf);
      Map<String, Expectation> all =
          byOut.computeIfAbsent(
              out.orElse(Path.of("")),
              k ->
                  SourceText.expectations(
                      resume, plan, out.map(o -> SourceText.dropped(o, digest)).orElse(Map.of())));
      Path abs = pdf.toAbsolutePath().normalize();
      if (out.isPresent()) {
        return Optional.ofNullable(
            all.get(out.get().relativize(abs).toString().replace('\\', '/')));
      }
      Path folder = abs.getParent();
      String name = String.valueOf(abs.getFileName());
      String inFolder = folder == null ? name : folder.getFileName() + "/" + name;
      return Optional.ofNullable(all.getOrDefault(inFolder, all.get(name)));
    }
  }
}
