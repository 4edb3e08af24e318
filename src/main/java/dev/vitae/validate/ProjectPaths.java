package dev.vitae.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * File references written in resume.yaml: relative to its folder, and never outside it. Checked by
 * their text first (no file system needed), then, when a file is read, by its real path (symlinks).
 */
public final class ProjectPaths {

  private ProjectPaths() {}

  /** {@code /x}, {@code \x}, {@code C:\x}, {@code ~/x}: not relative to resume.yaml. */
  public static boolean isAbsolute(String value) {
    return value.startsWith("/")
        || value.startsWith("\\")
        || value.startsWith("~")
        || value.matches("(?s)[A-Za-z]:.*");
  }

  /** True when the path is absolute or climbs above the folder with {@code ..}. */
  public static boolean escapes(String value) {
    if (isAbsolute(value)) {
      return true;
    }
    int depth = 0;
    for (String part : value.split("[/\\\\]+", -1)) {
      if (part.equals("..")) {
        depth--;
      } else if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The file {@code value} names inside {@code folder}, when it exists and its real path (after
   * following links) is inside the folder's real path.
   */
  public static Optional<Path> resolve(Path folder, String value) {
    if (escapes(value)) {
      return Optional.empty();
    }
    try {
      Path root = folder.toRealPath();
      Path file = root.resolve(value.replace('\\', '/')).toRealPath();
      return file.startsWith(root) && Files.isRegularFile(file)
          ? Optional.of(file)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
