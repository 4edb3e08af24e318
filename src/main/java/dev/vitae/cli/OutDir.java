package dev.vitae.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: where the commands that build write. */
final class OutDir {

  @Option(
      names = "--out",
      defaultValue = "out",
      paramLabel = "DIR",
      description = "where to write the outputs (default: ${DEFAULT-VALUE})")
  Path out;
}
