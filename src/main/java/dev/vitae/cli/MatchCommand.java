package dev.vitae.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.vitae.match.MatchReport;
import dev.vitae.match.MatchText;
import dev.vitae.match.Matcher;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.Problem;
import dev.vitae.tailor.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Matches a job posting against the résumé and its variants, offline. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Find a job posting's skill and technology terms and report, per variant, which are",
      "covered (and where), which resume.yaml has but the variant tags out, and which are missing.",
      "Terms are found in their English word forms (cache / caching, deploy / deployment); terms",
      "only under 'Nice to have', 'Bonus' or '… is a plus' weigh half as much as requirements.",
      "For each variant it names what to bring in: the entries it tags out that hold the terms.",
      "Offline and deterministic; variants are ranked by coverage."
    },
    footer = {
      "",
      "Examples:",
      "  vitae match --job posting.txt",
      "  vitae match --job posting.txt --variant backend --json",
      "  pbpaste | vitae match --job -"
    })
final class MatchCommand implements Callable<Integer> {

  private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

  @Spec CommandSpec spec;

  @Mixin ResumeFile input;

  @Option(
      names = "--job",
      required = true,
      paramLabel = "POSTING",
      description = "the job posting, as a text file, or - to read it from standard input")
  Path job;

  @Mixin VariantNames variants;

  @Option(names = "--json", description = "print the reports as JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String posting;
    try {
      posting =
          job.toString().equals("-")
              ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(job, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw Failure.of(
          new Problem.Environment(
              job,
              "no such file: " + job,
              "save the posting's text to a file and pass it with --job"));
    }
    Resume resume = InputFile.read(input.file, err).resume();
    List<Profile> profiles = Names.plan(resume, variants.variants, Profile.Flags.NONE).profiles();
    List<MatchReport> reports = Matcher.rank(resume, profiles, posting);
    if (json) {
      printJson(out, reports);
    } else {
      out.print(MatchText.of(reports));
      out.flush();
    }
    return 0;
  }

  /** The JSON of one report: what the text shows, coverage first. */
  record ReportJson(
      String variant,
      int coverage,
      List<MatchReport.Hit> covered,
      List<String> taggedOut,
      List<String> missing,
      List<String> niceToHave,
      List<MatchReport.BringIn> bringIn) {

    static ReportJson of(MatchReport r) {
      return new ReportJson(
          r.variant(),
          r.coverage(),
          r.covered(),
          r.taggedOut(),
          r.missing(),
          r.wished(),
          r.bringIn());
    }
  }

  private static void printJson(PrintWriter out, List<MatchReport> reports) throws IOException {
    out.println(JSON.writeValueAsString(reports.stream().map(ReportJson::of).toList()));
  }
}
