package dev.vitae.cli;

import dev.vitae.schema.ApplicationSchema;
import dev.vitae.schema.ResumeSchema;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "write the schema to this file instead of printing it")
  @Nullable Path out;

  @Option(
      names = "--application",
      description = "the schema of an application file (vitae apply), not of resume.yaml")
  boolean application;

  @Option(
      names = "--force",
      description = "replace the --out file when it exists (without it, an existing file is kept)")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    String text = application ? ApplicationSchema.text() : ResumeSchema.text();
    if (out == null) {
      stdout.print(text);
      stdout.flush();
      return 0;
    }
    OutFile.write(out, text, force, stdout);
    return 0;
  }
}
