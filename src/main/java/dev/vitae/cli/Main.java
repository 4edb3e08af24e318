package dev.vitae.cli;

import java.io.PrintWriter;
import java.util.Objects;
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
    // picocli hides its completion command; vitae lists it, since its README tells people to use
    // it.
    Objects.requireNonNull(cli.getSubcommands().get("generate-completion"))
        .getCommandSpec()
        .usageMessage()
        .hidden(false)
        .footer(
            "",
            "Examples:",
            "  vitae generate-completion > vitae-completion.bash",
            "  source <(vitae generate-completion)    in ~/.bashrc or ~/.zshrc: tab completes commands and flags");
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
