package dev.vitae.cli;

import dev.vitae.load.LoadResult;
import dev.vitae.pipeline.Vitae;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.source.DiagnosticFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the input file and prints its diagnostics; shared by the commands that take a resume.yaml.
 */
final class InputFile {

  private InputFile() {}

  /** The loaded résumé, or empty after printing why not. */
  static Optional<LoadResult.Loaded> read(Path file, PrintWriter err) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      err.println("vitae: error: no such file: " + file);
      err.println(
          "  hint: run vitae in the folder that holds resume.yaml, or name the file: vitae build path/to/resume.yaml");
      return Optional.empty();
    } catch (IOException e) {
      err.println("vitae: error: cannot read " + file + ": " + e.getMessage());
      return Optional.empty();
    }
    LoadResult result = Vitae.read(file.toString(), bytes);
    if (!result.diagnostics().isEmpty()) {
      err.print(DiagnosticFormatter.format(result.source(), result.diagnostics()));
      err.flush();
    }
    return result instanceof LoadResult.Loaded l ? Optional.of(l) : Optional.empty();
  }

  /**
   * The pipeline for a loaded file, with the fonts it names; empty after printing why not (a font
   * outside the folder, characters no font covers).
   */
  static Vitae.Opened open(
      Path file, LoadResult.Loaded loaded, Optional<Path> templates, PrintWriter err) {
    Path folder = file.toAbsolutePath().getParent();
    Vitae.Opened opened = Vitae.open(folder, loaded, FontSet.shipped(), templates);
    if (!opened.diagnostics().isEmpty()) {
      err.print(DiagnosticFormatter.format(loaded.source(), opened.diagnostics()));
      err.flush();
    }
    return opened;
  }
}
