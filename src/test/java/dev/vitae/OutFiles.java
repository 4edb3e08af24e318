package dev.vitae;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a build as a user reads them through {@code out/}: its entries are links into {@code
 * out/.vitae/}, which is vitae's own and not listed.
 */
public final class OutFiles {

  private OutFiles() {}

  /** Every regular file read through {@code out/}, as {@code out/NAME}, sorted. */
  public static List<Path> of(Path out) {
    try (Stream<Path> walk = Files.walk(out, FileVisitOption.FOLLOW_LINKS)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !out.relativize(p).startsWith(".vitae"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
