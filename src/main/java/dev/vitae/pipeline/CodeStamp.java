package dev.vitae.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The file vitae's code was loaded from, as it was: its jar, or when run from a classes folder the
 * class file of the class asked about. A server whose file changed is older than the vitae
 * installed; a fit memory written by other code is not read.
 */
public record CodeStamp(Path file, Optional<FileTime> modified, long size) {

  /** The stamp of the file holding {@code type}'s class, now. */
  public static CodeStamp of(Class<?> type) {
    try {
      Path where =
          Path.of(
              Objects.requireNonNull(type.getProtectionDomain().getCodeSource(), "code source")
                  .getLocation()
                  .toURI());
      return now(
          Files.isDirectory(where)
              ? where.resolve(type.getName().replace('.', '/') + ".class")
              : where);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("vitae's code is not in a file", e);
    }
  }

  private static CodeStamp now(Path file) {
    try {
      return new CodeStamp(file, Optional.of(Files.getLastModifiedTime(file)), Files.size(file));
    } catch (IOException e) {
      return new CodeStamp(file, Optional.empty(), -1);
    }
  }

  /** Whether the file is now other than it was (rewritten, or gone). */
  public boolean changed() {
    return !equals(now(file)) || modified.isEmpty();
  }
}
