package dev.vitae.cli;

import dev.vitae.pipeline.BuildResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Builds every output of a resume.yaml: the base documents and each variant. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build the résumé (PDF, text, Markdown) of resume.yaml and of each of its variants,",
      "and out/manifest.json listing every file with its digest."
    },
    footer = {
      "",
      "Examples:",
      "  vitae build                               base documents + every variant into out/",
      "  vitae build --variant backend             only the 'backend' variant, into out/backend/",
      "  vitae build --tag api --exclude-tag infra  the base documents, tailored by tags",
      "  vitae build --set basics.label=\"Platform Engineer\" --only resume",
      "  vitae build resume.yaml --out dist --paper a4",
      "  vitae build --strict                       fail rather than leave anything out to fit one page",
      "  vitae build --png                          also a PNG picture of each PDF page (X-1.png)",
      "  vitae build --theme classic                every résumé PDF in the serif 'classic' look",
      "  vitae build --templates my-templates       your own templates first (same sandbox)",
      "  vitae build --quiet                        print errors only (for scripts and CI)",
      "  vitae build --verbose                      the fit report and the time of every stage",
      "  vitae build --pdfa                         PDF/A-1b (archival) PDFs"
    })
final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand VitaeCommand parent;

  @Mixin ResumeFile input;

  @Mixin BuildFlags flags;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    BuildResult result = parent.pipeline().build(flags.request(input.file));
    PrintWriter err = spec.commandLine().getErr();
    if (!(result instanceof BuildResult.Built built)) {
      throw new Failure(
          ((BuildResult.Failed) result).problems(),
          List.of(
              Files.isDirectory(flags.out())
                  ? "vitae: nothing written; the previous outputs in "
                      + flags.out()
                      + " are unchanged"
                  : "vitae: nothing written; " + flags.out() + " was not made"));
    }
    Errors.print(List.of(built.warnings()), err);
    PrintWriter stdout = verbosity.report(spec.commandLine().getOut());
    new BuildReport(flags.out(), verbosity, stdout, err).print(built, start);
    stdout.flush();
    return 0;
  }
}
