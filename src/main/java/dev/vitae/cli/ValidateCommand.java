package dev.vitae.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a resume.yaml without building anything. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check resume.yaml and report every problem at once.",
    footer = {"", "Example:", "  vitae validate resume.yaml"})
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "resume.yaml",
      paramLabel = "FILE",
      description = "the résumé to check (default: ${DEFAULT-VALUE})")
  Path file;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    var loaded = InputFile.read(file, err);
    if (loaded.isEmpty()
        || InputFile.open(file, loaded.get(), java.util.Optional.empty(), err).vitae().isEmpty()) {
      return 1;
    }
    out.println(file + ": ok");
    return 0;
  }
}
