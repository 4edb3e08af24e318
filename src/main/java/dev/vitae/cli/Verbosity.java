package dev.vitae.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code --quiet} or {@code --verbose}, not both. */
final class Verbosity {

  @ArgGroup(exclusive = true)
  Level level = new Level();

  static final class Level {
    @Option(
        names = {"-q", "--quiet"},
        description = "print errors only")
    boolean quiet;

    @Option(
        names = {"-v", "--verbose"},
        description = "also print the fit report and the time of every stage")
    boolean verbose;
  }

  boolean quiet() {
    return level != null && level.quiet;
  }

  boolean verbose() {
    return level != null && level.verbose;
  }

  /** Where reports go: {@code out}, or nowhere when quiet. */
  PrintWriter report(PrintWriter out) {
    return quiet() ? new PrintWriter(Writer.nullWriter()) : out;
  }
}
