package dev.vitae.pipeline;

import dev.vitae.load.SourceMap;
import dev.vitae.source.Diagnostic;
import dev.vitae.validate.ProjectPaths;
import dev.vitae.view.Picture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code basics.image} of a resume.yaml when it is a file of the project: a PNG or JPEG,
 * checked before use. An https:// picture is not read: the pages that show a picture are one file
 * each and ask no host for anything.
 */
final class Pictures {

  /** The largest picture read: a portrait for a page needs far less than this. */
  static final long MAX_BYTES = 8L * 1024 * 1024;

  private static final String PATH = "basics.image";

  /** The picture, if any, or the problem with it. */
  record Resolved(Optional<Picture> picture, List<Diagnostic> diagnostics) {}

  private Pictures() {}

  static Resolved resolve(Path folder, @Nullable String image, SourceMap map) {
    if (image == null || image.regionMatches(true, 0, "https://", 0, 8)) {
      return new Resolved(Optional.empty(), List.of());
    }
    // a path that leaves the folder is the validator's error already
    Optional<Path> file = ProjectPaths.resolve(folder, image);
    if (file.isEmpty()) {
      return problem(map, "no picture '%s' in the folder of resume.yaml".formatted(image));
    }
    try {
      if (Files.size(file.get()) > MAX_BYTES) {
        return problem(
            map,
            String.format(
                Locale.ROOT,
                "picture '%s' is %,d MB; vitae reads pictures of up to %d MB",
                image,
                Files.size(file.get()) >> 20,
                MAX_BYTES >> 20));
      }
      byte[] bytes = Files.readAllBytes(file.get());
      Optional<String> type = mediaType(bytes);
      if (type.isEmpty()) {
        return problem(map, "picture '%s' is neither a PNG nor a JPEG file".formatted(image));
      }
      return new Resolved(Optional.of(Picture.of(type.get(), bytes)), List.of());
    } catch (IOException e) {
      return problem(map, "cannot read picture '%s': %s".formatted(image, e.getMessage()));
    }
  }

  /** The type its first bytes say, as browsers and PDF readers decide it. */
  private static Optional<String> mediaType(byte[] b) {
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return Optional.of("image/png");
    }
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  private static Resolved problem(SourceMap map, String message) {
    return new Resolved(
        Optional.empty(),
        List.of(
            Diagnostic.error(
                map.at(PATH),
                message,
                "save the picture as .png or .jpg in the folder of resume.yaml and write its path"
                    + " relative to it, e.g. photo.jpg")));
  }
}
