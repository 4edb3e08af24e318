package dev.vitae.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder {@code out/.vitae/}: the lock, whole builds ({@code b-000007/}), the one pointer
 * {@code current}, a relative link to the build {@code out/} shows, the fit memory ({@link
 * FitFile}) and what the last builds verified ({@link Verified}). Moving that pointer is a single
 * {@code rename(2)} of a new link over the old one, as git moves a ref and Nix a profile.
 */
final class BuildStore {

  static final String NAME = ".vitae";
  private static final String LOCK = "lock";
  private static final String CURRENT = "current";
  private static final String NEXT_POINTER = "current.new";
  private static final String BUILD = "b-";

  private final Path dir;

  private BuildStore(Path dir) {
    this.dir = dir;
  }

  /** The store of {@code out}, made when missing. */
  static BuildStore in(Path out) throws IOException {
    Path dir = out.resolve(NAME);
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputFailure(
          dir,
          "vitae keeps its builds here, but this is not a folder vitae made",
          "move it away, or build into another folder with --out DIR",
          null);
    }
    Files.createDirectories(dir);
    return new BuildStore(dir);
  }

  /** The lock file, opened: whoever holds its lock is the one build writing into {@code out/}. */
  FileChannel lockFile() throws IOException {
    return FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  /**
   * Replaces the cache {@code name} in {@code out/.vitae/} (the fits, what was verified) with
   * {@code text}, in one rename, when the store exists: a cache that cannot be written costs the
   * next build the work it would have saved, never this build.
   */
  static void replaceCache(Path out, String name, String text) {
    Path store = out.resolve(NAME);
    if (!Files.isDirectory(store, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path next = store.resolve(name + ".new");
    try {
      Files.writeString(next, text, java.nio.charset.StandardCharsets.UTF_8);
      Files.move(
          next,
          store.resolve(name),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(next);
      } catch (IOException ignored) {
        // the next build removes it with what a stopped build left
      }
    }
  }

  /** What an entry {@code out/NAME} of a build links to: the same name in the current build. */
  static Path linkTarget(String top) {
    return Path.of(NAME, CURRENT, top);
  }

  /** The build {@code out/} shows now, if any. */
  Optional<Path> current() throws IOException {
    Path pointer = dir.resolve(CURRENT);
    if (!Files.isSymbolicLink(pointer)) {
      return Optional.empty();
    }
    Path target = dir.resolve(Files.readSymbolicLink(pointer)).normalize();
    return dir.equals(target.getParent()) && Files.isDirectory(target)
        ? Optional.of(target)
        : Optional.empty();
  }

  /**
   * Removes what a stopped build left: everything but the lock, the pointer, its build, the fits
   * and what was verified ({@link Verified}).
   */
  void removeStale(Optional<Path> current) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.toList()) {
        String name = p.getFileName().toString();
        boolean keep =
            name.equals(LOCK)
                || name.equals(CURRENT)
                || name.equals(FitFile.NAME)
                || name.equals(Verified.NAME)
                || current.map(c -> c.equals(p.normalize())).orElse(false);
        if (!keep) {
          Trees.deleteTree(p);
        }
      }
    }
  }

  /** A new, empty folder for the next build. */
  Path newBuild() throws IOException {
    long max = 0;
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.toList()) {
        String name = p.getFileName().toString();
        if (name.matches(BUILD + "\\d{1,18}")) {
          max = Math.max(max, Long.parseLong(name.substring(BUILD.length())));
        }
      }
    }
    return Files.createDirectory(dir.resolve(BUILD + "%06d".formatted(max + 1)));
  }

  /**
   * A folder of the store for things on their way out (removed by the next build at the latest).
   */
  Path aside(String name) {
    return dir.resolve("aside-" + name);
  }

  /** Points {@code current} at a build of the store, in one rename. */
  void point(Path build, Steps steps) throws IOException {
    Path next = dir.resolve(NEXT_POINTER);
    Files.deleteIfExists(next);
    Files.createSymbolicLink(next, build.getFileName());
    steps.next("made the new pointer");
    Files.move(
        next,
        dir.resolve(CURRENT),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Whether this file system takes symbolic links (FAT and some network shares do not). A refusal
   * for want of rights or space is the machine's error, not an answer.
   */
  boolean linksWork() throws IOException {
    Path probe = dir.resolve("probe");
    Files.deleteIfExists(probe);
    try {
      Files.createSymbolicLink(probe, Path.of(CURRENT));
      Files.delete(probe);
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    } catch (AccessDeniedException e) {
      throw e;
    } catch (FileSystemException e) {
      String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
      if (reason.contains("read-only") || reason.contains("no space")) {
        throw e;
      }
      return false;
    }
  }

  /** A folder of the store for the fallback's staged files. */
  Path staging() throws IOException {
    return Files.createDirectory(dir.resolve("staging"));
  }
}
