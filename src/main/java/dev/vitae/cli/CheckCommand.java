package dev.vitae.cli;

import dev.vitae.check.AtsCheck;
import dev.vitae.check.CheckReport;
import dev.vitae.check.Expectation;
import dev.vitae.check.FieldCheck;
import dev.vitae.check.PdfCheck;
import dev.vitae.model.Resume;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads PDFs back and checks them, as `vitae build` does for everything it writes. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Read PDFs back the way an applicant-tracking system does and check them: page count,",
      "embedded fonts that map to Unicode, the text layer (every source string in order with",
      "--source), no replacement/ligature/control characters, safe links, metadata, file size."
    },
    footer = {
      "",
      "Examples:",
      "  vitae check out/Tushar-Resume.pdf",
      "  vitae check out/*.pdf out/*/*.pdf --source resume.yaml",
      "  vitae check --ats out/Tushar-Resume.pdf --source resume.yaml"
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE.pdf", description = "the PDFs to check")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--source",
      paramLabel = "resume.yaml",
      description = "also check that each PDF holds the text it was built from, in order")
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
    Map<String, Expectation> expected = Map.of();
    if (ats && source == null) {
      throw Failure.of(
          new Problem.Usage(
              "--ats compares fields with the file the PDFs were built from",
              "add --source resume.yaml"));
    }
    if (source != null) {
      Resume resume = InputFile.read(source, err).resume();
      expected = SourceText.expectations(resume, Plan.of(resume, List.of(), Profile.Flags.NONE));
    }
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
      Expectation e = expected.getOrDefault(file.getFileName().toString(), Expectation.ANY);
      if (source != null && e == Expectation.ANY) {
        err.println(
            "vitae: warning: "
                + file
                + " is not a file "
                + source
                + " builds; its text is not compared");
      }
      CheckReport r = PdfCheck.check(file.toString(), bytes, e);
      if (r.ok()) {
        out.printf(
            Locale.ROOT,
            "ok     %s  %d page%s, %d fonts embedded, %,d bytes%s%n",
            file,
            r.pages(),
            r.pages() == 1 ? "" : "s",
            r.fonts(),
            r.bytes(),
            e.strings().isEmpty()
                ? ""
                : ", %d source strings in order".formatted(e.strings().size()));
      } else {
        ok = false;
        out.println("FAILED " + file);
        r.problems().forEach(p -> out.println("  - " + p));
      }
      if (ats && !e.fields().isEmpty()) {
        List<FieldCheck> rows = AtsCheck.compare(e.fields(), AtsCheck.read(bytes));
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
}
