package dev.vitae.cli;

import dev.vitae.pipeline.Problem;
import dev.vitae.schema.ResumeSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a commented starter resume.yaml for a new person. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Write a commented starter resume.yaml that builds as it is.",
      "Every main section has one example entry, with comments on fields, dates, tags and variants;",
      "replace the examples with your own.",
      "Also writes resume.schema.json beside it (for completion in editors) when there is none.",
      "Never overwrites a file."
    },
    footer = {
      "",
      "Examples:",
      "  vitae init                 write ./resume.yaml",
      "  vitae init cv/jane.yaml    write cv/jane.yaml (and cv/resume.schema.json)",
      "  vitae init && vitae build  a first PDF in out/"
    })
final class InitCommand implements Callable<Integer> {

  static final String SCHEMA_FILE = "resume.schema.json";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "resume.yaml",
      paramLabel = "FILE",
      description = "the file to write (default: ${DEFAULT-VALUE})")
  Path file;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (Files.exists(file)) {
      throw exists(file);
    }
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    try {
      Files.write(file, starter(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw exists(file);
    }
    out.println("wrote " + file);
    writeSchemaBeside(file, out);
    out.println("next: edit " + file + ", then run: vitae build " + file);
    return 0;
  }

  /** The JSON Schema the file's first line names, beside it, unless one is there. */
  static void writeSchemaBeside(Path file, PrintWriter out) throws IOException {
    Path schema = file.resolveSibling(SCHEMA_FILE);
    if (!Files.exists(schema)) {
      Files.writeString(schema, ResumeSchema.text(), StandardCharsets.UTF_8);
      out.println(
          "wrote " + schema + " (lets editors complete and check " + file.getFileName() + ")");
    }
  }

  private static Failure exists(Path file) {
    return Failure.of(
        new Problem.Environment(
            file,
            file + " already exists; nothing written",
            "name another file (vitae init new-resume.yaml), or move " + file + " away first"));
  }

  static byte[] starter() throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream("/vitae/starter.yaml")) {
      if (in == null) {
        throw new IllegalStateException("the starter file is missing from the jar");
      }
      return in.readAllBytes();
    }
  }
}
