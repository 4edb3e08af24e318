package dev.vitae.cli;

import dev.vitae.schema.ApplicationSchema;
import dev.vitae.schema.ResumeSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints or writes the JSON Schema of resume.yaml, or of an application file, from the model. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema of resume.yaml, generated from the model.",
      "Editors that read JSON Schema (VS Code with the YAML extension, IntelliJ) then complete keys,",
      "show what each means and flag typos, wrong types and bad dates as you type.",
      "With --application, the schema of an application file (applications/NAME.yaml) instead."
    },
    footer = {
      "",
      "Examples:",
      "  vitae schema                                 print it",
      "  vitae schema --out schema/resume.schema.json write it where resume.yaml's first line points:",
      "      # yaml-language-server: $schema=schema/resume.schema.json",
      "  vitae schema --application --out schema/application.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin OutFile out;

  @Option(
      names = "--application",
      description = "the schema of an application file (vitae apply), not of resume.yaml")
  boolean application;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    out.write(application ? ApplicationSchema.text() : ResumeSchema.text(), stdout);
    return 0;
  }
}
