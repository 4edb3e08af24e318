package dev.vitae.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.jsonresume.JsonResumeImport;
import dev.vitae.load.LoadResult;
import dev.vitae.pipeline.Vitae;
import dev.vitae.source.DiagnosticFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
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
      "Write a resume.yaml from a JSON Resume file.",
      "Fields vitae does not read are dropped and listed, not rejected; the result is checked like any",
      "resume.yaml before it is written. Never overwrites a file."
    },
    footer = {
      "",
      "Examples:",
      "  vitae import resume.json                       write ./resume.yaml",
      "  vitae import resume.json --out cv/resume.yaml"
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.json", description = "the JSON Resume file")
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
    PrintWriter err = spec.commandLine().getErr();
    if (Files.exists(out)) {
      err.println("vitae: error: " + out + " already exists; nothing written");
      err.println("  hint: name another file with --out, or move " + out + " away first");
      return 1;
    }
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      err.println("vitae: error: no such file: " + file);
      return 1;
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      err.println(
          "vitae: error: "
              + file
              + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
              + ": not valid JSON: "
              + e.getOriginalMessage());
      err.println(
          "  hint: JSON Resume files are JSON; a resume.yaml needs no import (vitae build reads it)");
      return 1;
    }
    if (!(json instanceof ObjectNode object)) {
      err.println("vitae: error: " + file + ": the top level must be an object ({\"basics\": …})");
      return 1;
    }
    JsonResumeImport.Imported imported = JsonResumeImport.of(object, file.getFileName().toString());
    LoadResult checked =
        Vitae.read(out.toString(), imported.yaml().getBytes(StandardCharsets.UTF_8));
    if (checked instanceof LoadResult.Failed) {
      err.print(DiagnosticFormatter.format(checked.source(), checked.diagnostics()));
      err.println(
          "vitae: nothing written: " + file + " converts to a resume.yaml with the errors above");
      err.println(
          "  hint: fix them in "
              + file
              + " and import again, or import nothing and write resume.yaml by hand");
      return 1;
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
      err.println("vitae: error: " + out + " already exists; nothing written");
      return 1;
    }
    stdout.println("wrote " + out + " from " + file);
    if (!imported.ignored().isEmpty()) {
      stdout.println("ignored: " + String.join(", ", imported.ignored()));
    }
    imported.fixed().forEach(f -> stdout.println("fixed: " + f));
    return 0;
  }
}
