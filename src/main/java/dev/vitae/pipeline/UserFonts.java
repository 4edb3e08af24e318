package dev.vitae.pipeline;

import dev.vitae.load.SourceMap;
import dev.vitae.render.pdf.PdfEngine;
import dev.vitae.source.Diagnostic;
import dev.vitae.validate.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code fonts:} of a resume.yaml: TrueType files inside its folder, each checked before use.
 */
final class UserFonts {

  private static final String WHERE =
      "put the .ttf file in the folder of resume.yaml (or below it) and write its path relative to "
          + "resume.yaml, e.g. fonts/NotoSansSC-Regular.ttf";

  /**
   * The largest font file read: the biggest single-script TrueType fonts (a Chinese, Japanese or
   * Korean face) are about 20 MB; a file of gigabytes would be read whole before it could be
   * refused.
   */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** The font files, or the problems with them. */
  record Resolved(List<Path> files, List<Diagnostic> diagnostics) {}

  private UserFonts() {}

  static Resolved resolve(Path folder, List<String> fonts, SourceMap map) {
    List<Path> files = new ArrayList<>();
    List<Diagnostic> errors = new ArrayList<>();
    for (int i = 0; i < fonts.size(); i++) {
      String name = fonts.get(i);
      String path = "fonts[" + i + "]";
      if (ProjectPaths.escapes(name)) {
        errors.add(
            Diagnostic.error(
                map.at(path),
                "font '%s' must stay inside the folder of resume.yaml".formatted(name),
                WHERE));
        continue;
      }
      if (!name.toLowerCase(Locale.ROOT).endsWith(".ttf")) {
        errors.add(
            Diagnostic.error(
                map.at(path),
                "font '%s' is not a .ttf file".formatted(name),
                "vitae embeds TrueType fonts (.ttf); most families publish one, e.g. on Google Fonts"));
        continue;
      }
      Optional<Path> file = ProjectPaths.resolve(folder, name);
      if (file.isEmpty()) {
        errors.add(
            Diagnostic.error(
                map.at(path),
                "no font file '%s' in the folder of resume.yaml".formatted(name),
                WHERE));
        continue;
      }
      long bytes = size(file.get());
      if (bytes > MAX_BYTES) {
        errors.add(
            Diagnostic.error(
                map.at(path),
                String.format(
                    Locale.ROOT,
                    "font '%s' is %,d MB; vitae reads fonts of up to %d MB",
                    name,
                    bytes >> 20,
                    MAX_BYTES >> 20),
                "use a font of one script or style (e.g. NotoSansSC-Regular.ttf, about 10 MB),"
                    + " not a collection of many"));
        continue;
      }
      try {
        PdfEngine.load(file.get());
        files.add(file.get());
      } catch (IllegalArgumentException e) {
        errors.add(
            Diagnostic.error(
                map.at(path),
                Objects.requireNonNullElse(e.getMessage(), "the font file cannot be read"),
                "check that the file is a complete .ttf; download it again from where it came"));
      }
    }
    return new Resolved(List.copyOf(files), List.copyOf(errors));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // reading it will say what is wrong
    }
  }
}
