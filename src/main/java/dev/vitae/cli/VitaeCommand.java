package dev.vitae.cli;

import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(
    name = "vitae",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Résumé as code: one resume.yaml, a one-page résumé PDF, a dossier and text variants.",
    subcommands = {BuildCommand.class, ValidateCommand.class, CheckCommand.class, VariantsCommand.class,
        MatchCommand.class, SchemaCommand.class, InitCommand.class,
        ExportCommand.class, ImportCommand.class},
    footer = {"", "Examples:", "  vitae build                 build every output of ./resume.yaml into out/",
        "  vitae validate resume.yaml  check the file and report every problem at once",
        "  vitae variants              what each variant keeps and drops",
        "  vitae match --job job.txt   which of a posting's terms each variant covers"})
final class VitaeCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
