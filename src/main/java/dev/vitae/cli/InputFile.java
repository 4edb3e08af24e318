package dev.vitae.cli;

import dev.vitae.load.LoadResult;
import dev.vitae.pipeline.Problem;
import dev.vitae.pipeline.Vitae;
import dev.vitae.source.DiagnosticFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the input file for the commands that take a resume.yaml and do not build it. */
final class InputFile {

  private InputFile() {}

  /**
   * The loaded résumé, after printing its warnings.
   *
   * @throws Failure with the file's errors, or why it could not be read
   */
  static LoadResult.Loaded read(Path file, PrintWriter err) {
    byte[] bytes =
        bytes(
            file,
            "run vitae in the folder that holds resume.yaml, or name the file: vitae build"
                + " path/to/resume.yaml");
    LoadResult result = Vitae.read(file.toString(), bytes);
    if (!(result instanceof LoadResult.Loaded loaded)) {
      throw Failure.of(new Problem.Diagnostics(result.source(), result.diagnostics()));
    }
    if (!loaded.diagnostics().isEmpty()) {
      err.print(DiagnosticFormatter.format(loaded.source(), loaded.diagnostics()));
      err.flush();
    }
    return loaded;
  }

  /**
   * The file's bytes.
   *
   * @param hint what to do when there is no such file
   * @throws Failure when it cannot be read
   */
  static byte[] bytes(Path file, String hint) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw Failure.of(new Problem.Environment(file, "no such file: " + file, hint));
    } catch (IOException e) {
      throw Failure.of(
          new Problem.Environment(file, "cannot read " + file + ": " + e.getMessage(), ""));
    }
  }
}
