package dev.vitae.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.jsonresume.JsonResumeImport;
import dev.vitae.jsonresume.YamlTree;
import dev.vitae.load.LoadResult;
import dev.vitae.pipeline.Problem;
import dev.vitae.pipeline.Vitae;
import dev.vitae.rendercv.RenderCvImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.yaml.snakeyaml.error.YAMLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Turns a JSON Resume file into a resume.yaml. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Write a resume.yaml from a JSON Resume file (JSON, or YAML when named .yaml or .yml), or from",
      "a RenderCV file (cv: with sections:; where each section went and what was left out is listed).",
      "Keys of JSON Resume's earlier versions (company, website, gpa…) are written as today's;",
      "fields vitae does not read are dropped and listed, not rejected; the result is checked like any",
      "resume.yaml before it is written. Never overwrites a file."
    },
    footer = {
      "",
      "Examples:",
      "  vitae import resume.json                       write ./resume.yaml",
      "  vitae import resume.json --out cv/resume.yaml",
      "  vitae import Jane_Doe_CV.yaml                RenderCV's input file"
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "the JSON Resume (.json, .yaml, .yml) or RenderCV (.yaml) file")
  Path file;

  @Option(
      names = "--out",
      defaultValue = "resume.yaml",
      paramLabel = "FILE",
      description = "the resume.yaml to write (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (Files.exists(out)) {
      throw exists();
    }
    ObjectNode object = tree(InputFile.bytes(file, ""));
    List<String> notes = List.of();
    if (RenderCvImport.is(object)) {
      RenderCvImport.Converted converted = RenderCvImport.of(object);
      object = converted.resume();
      notes = converted.notes();
    }
    JsonResumeImport.Imported imported = JsonResumeImport.of(object, file.getFileName().toString());
    LoadResult checked =
        Vitae.read(out.toString(), imported.yaml().getBytes(StandardCharsets.UTF_8));
    if (checked instanceof LoadResult.Failed) {
      throw new Failure(
          List.of(new Problem.Diagnostics(checked.source(), checked.diagnostics())),
          List.of(
              "vitae: nothing written: "
                  + file
                  + " converts to a resume.yaml with the errors above",
              "  hint: fix them in "
                  + file
                  + " and import again, or import nothing and write resume.yaml by hand"));
    }
    try {
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      Files.writeString(
          out,
          imported.yaml(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw exists();
    }
    stdout.println("wrote " + out + " from " + file);
    InitCommand.writeSchemaBeside(out, stdout);
    notes.forEach(n -> stdout.println("from RenderCV: " + n));
    if (!imported.ignored().isEmpty()) {
      stdout.println("ignored: " + String.join(", ", imported.ignored()));
    }
    imported.fixed().forEach(f -> stdout.println("fixed: " + f));
    return 0;
  }

  /** The file as a JSON tree: JSON, or YAML when its name ends in .yaml or .yml. */
  private ObjectNode tree(byte[] bytes) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      try {
        return YamlTree.of(new String(bytes, StandardCharsets.UTF_8))
            .orElseThrow(() -> notAnObject("a mapping (basics: …)"));
      } catch (YAMLException e) {
        throw Failure.of(
            new Problem.Invalid(
                file + ": not valid YAML: " + String.valueOf(e.getMessage()).replace('\n', ' '),
                "vitae validate " + file + " shows where, with the line and a caret"));
      }
    }
    try {
      if (new ObjectMapper().readTree(bytes) instanceof ObjectNode object) {
        return object;
      }
      throw notAnObject("an object ({\"basics\": …})");
    } catch (IOException e) {
      JsonLocation at = e instanceof JacksonException j ? j.getLocation() : null;
      throw Failure.of(
          new Problem.Invalid(
              file
                  + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                  + ": not valid JSON: "
                  + (e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage()),
              "a JSON Resume file written as YAML is read when its name ends in .yaml"));
    }
  }

  private Failure notAnObject(String what) {
    return Failure.of(new Problem.Invalid(file + ": the top level must be " + what, ""));
  }

  private Failure exists() {
    return Failure.of(
        new Problem.Environment(
            out,
            out + " already exists; nothing written",
            "name another file with --out, or move " + out + " away first"));
  }
}
