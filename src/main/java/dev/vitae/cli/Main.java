package dev.vitae.cli;

import dev.vitae.fit.FitMemory;
import dev.vitae.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // UTF-8, as Java 18+ writes by default (JEP 400), said here so that no -Dfile.encoding changes
    // how file names and messages are printed.
    System.exit(
        run(
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8),
            args));
  }

  /** Runs vitae with the given writers; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(today(), out, err, args);
  }

  /**
   * Runs vitae with the given writers and clock; returns the exit code.
   *
   * @param clock what "today" is: the date of an application and of its bundle, in the clock's zone
   */
  public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
    // a build reads the fit memory the last build into its folder left, and leaves its own
    return commandLine(clock, Pipeline.shipped(FitMemory.create()), out, err, args).execute(args);
  }

  /** Today is the day where the person is: an application's date is the one on their calendar. */
  static Clock today() {
    return Clock.system(ZoneId.systemDefault());
  }

  /**
   * vitae's command line, printing to these writers, its errors mapped by {@link Errors}: what
   * {@code main} runs, and what {@code vitae serve} runs for each request.
   *
   * @param pipeline what {@code build} builds with (a server's is kept from request to request)
   * @param args the arguments it is for: when the first names a subcommand, only that one is read
   *     (a cold start spends less on picocli's reflection); help, completion and any other line get
   *     them all
   */
  static CommandLine commandLine(
      Clock clock, Pipeline pipeline, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new VitaeCommand(clock, pipeline));
    List<Class<?>> asked =
        VitaeCommand.SUBCOMMANDS.stream()
            .filter(c -> args.length > 0 && args[0].equals(name(c)))
            .filter(c -> c != CompletionCommand.class)
            .toList();
    for (Class<?> subcommand : asked.isEmpty() ? VitaeCommand.SUBCOMMANDS : asked) {
      cli.addSubcommand(subcommand);
    }
    cli.setOut(out);
    cli.setErr(err);
    Errors errors = new Errors();
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(errors);
    cli.setExitCodeExceptionMapper(errors);
    cli.setParameterExceptionHandler(Errors.parameters(cli.getParameterExceptionHandler()));
    return cli;
  }

  private static String name(Class<?> subcommand) {
    return Objects.requireNonNull(subcommand.getAnnotation(Command.class), "a command").name();
  }
}
