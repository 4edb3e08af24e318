package dev.vitae.cli;

import dev.vitae.jsonresume.JsonResumeExport;
import dev.vitae.model.Resume;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the résumé in another tool's format: JSON Resume. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write resume.yaml as a JSON Resume (v1.0.0) document.",
      "For the tools and themes of that ecosystem. Only JSON Resume's keys are written, so the file",
      "passes its official schema; vitae's extensions (metrics, systems, dossiers, variants, tags, …)",
      "are left out and named."
    },
    footer = {
      "",
      "Examples:",
      "  vitae export --format json-resume                     print it",
      "  vitae export --format json-resume resume.yaml --out resume.json",
      "  vitae export --out resume.json --force               replace an existing resume.json",
      "  vitae export --variant backend --out backend.json   the tailored 'backend' variant"
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ResumeFile input;

  /** The formats vitae exports to. */
  enum Format {
    JSON_RESUME;

    @Override
    public String toString() {
      return "json-resume";
    }
  }

  @Option(
      names = "--format",
      defaultValue = "json-resume",
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (the only one so far; default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin OutFile out;

  @Option(
      names = "--variant",
      paramLabel = "NAME",
      description = "export this variant, tailored (default: the base résumé)")
  @Nullable String variant;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Resume resume = InputFile.read(input.file, err).resume();
    if (variant != null) {
      Profile profile = Names.plan(resume, List.of(variant), Profile.Flags.NONE).profiles().get(0);
      resume = Tailor.apply(resume, profile);
    }
    JsonResumeExport.Exported exported = JsonResumeExport.of(resume);
    out.write(exported.json(), stdout);
    if (!exported.leftOut().isEmpty()) {
      err.println(
          "vitae: note: not in JSON Resume, left out: " + String.join(", ", exported.leftOut()));
    }
    return 0;
  }
}
