package dev.vitae.pipeline;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** The file operations of a commit: writing, carrying and removing files inside one folder. */
final class Trees {

  private Trees() {}

  /** Writes a new file of the build; it must not exist yet. */
  static Path write(Path root, String name, byte[] bytes) throws IOException {
    Path file = target(root, name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return file;
  }

  /**
   * A file of the build inside {@code root}; a name that would lead out of it is a bug upstream.
   */
  static Path target(Path root, String name) {
    if (!inside(root, name)) {
      throw new IllegalArgumentException("output name leads out of the folder: " + name);
    }
    return root.resolve(name).normalize();
  }

  static boolean inside(Path root, String name) {
    Path p = root.resolve(name).normalize();
    return !Path.of(name).isAbsolute() && p.startsWith(root) && !p.equals(root);
  }

  /** The first segment of a file name inside the build: what stands directly in {@code out/}. */
  static String top(String name) {
    int slash = name.indexOf('/');
    return slash < 0 ? name : name.substring(0, slash);
  }

  /** A previous file into the new build: a hard link (no copy) where the file system allows. */
  static void carryOver(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try {
      Files.createLink(to, from);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /** Removes a file, a link (never what it points at) or a whole folder; nothing when missing. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (NoSuchFileException gone) {
          // removed meanwhile
        }
      }
    }
  }
}
