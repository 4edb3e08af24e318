package dev.vitae.cli;

import dev.vitae.pipeline.Pipeline;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;

/** The top-level command; its subcommands ({@link #SUBCOMMANDS}) do the work. */
@Command(
    name = "vitae",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Résumé as code: one resume.yaml, a one-page résumé PDF, a dossier and text variants.",
    footer = {
      "",
      "Examples:",
      "  vitae init                  write a starter resume.yaml",
      "  vitae build                 build every output of ./resume.yaml into out/",
      "  vitae watch                 rebuild on every save",
      "  vitae validate resume.yaml  check the file and report every problem at once",
      "  vitae variants              what each variant keeps and drops",
      "  vitae match --job job.txt   which of a posting's terms each variant covers",
      "  vitae apply --new --company Acme --role SRE --job job.txt   start an application",
      "  vitae apply applications/acme-sre.yaml                      build its bundle",
      "  vitae applications          every application, its status and what was sent",
      "  vitae serve &               keep vitae warm: ./vitae build starts in milliseconds",
      "  source <(vitae generate-completion)   tab completion in bash and zsh"
    })
final class VitaeCommand implements Runnable {

  /**
   * The subcommands, in the order help lists them. Not in the annotation: {@link Main} adds only
   * the one a command line asks for, as picocli would otherwise read every command's options.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          InitCommand.class,
          BuildCommand.class,
          WatchCommand.class,
          ValidateCommand.class,
          CheckCommand.class,
          VariantsCommand.class,
          MatchCommand.class,
          ApplyCommand.class,
          ApplicationsCommand.class,
          ExportCommand.class,
          ImportCommand.class,
          SchemaCommand.class,
          ServeCommand.class,
          CompletionCommand.class);

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private final Clock clock;
  private final Pipeline pipeline;

  VitaeCommand(Clock clock, Pipeline pipeline) {
    this.clock = clock;
    this.pipeline = pipeline;
  }

  /**
   * What {@code build} builds with: a new one for a cold start, a server's own (its engine and the
   * answers of its earlier fits) from request to request.
   */
  Pipeline pipeline() {
    return pipeline;
  }

  /** What "today" is for the subcommands. */
  Clock clock() {
    return clock;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
