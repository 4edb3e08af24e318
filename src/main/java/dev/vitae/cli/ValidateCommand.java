package dev.vitae.cli;

import dev.vitae.pipeline.BuildRequest;
import dev.vitae.pipeline.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Checks a resume.yaml without building anything. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check resume.yaml and report every problem at once.",
    footer = {"", "Example:", "  vitae validate resume.yaml"})
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand VitaeCommand parent;

  @Mixin ResumeFile input;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    // the command line's pipeline: a server's keeps its engine, so a check does not parse the fonts
    List<Problem> problems = parent.pipeline().check(BuildRequest.of(input.file, Path.of("out")));
    if (problems.stream().anyMatch(Problem::stops)) {
      throw new Failure(problems, List.of());
    }
    Errors.print(problems, err);
    out.println(input.file + ": ok");
    return 0;
  }
}
