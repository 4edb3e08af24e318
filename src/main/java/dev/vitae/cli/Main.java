package dev.vitae.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs vitae with the given writers; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new VitaeCommand());
    cli.setOut(out);
    cli.setErr(err);
    Errors errors = new Errors();
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(errors);
    cli.setExitCodeExceptionMapper(errors);
    cli.setParameterExceptionHandler(Errors.parameters(cli.getParameterExceptionHandler()));
    return cli.execute(args);
  }
}
