package dev.vitae.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real files an earlier vitae (or this one, without symbolic links) moved into {@code out/} one
 * by one, as listed by the real {@code out/manifest.json} it left.
 *
 * @param out the output folder
 * @param files what that manifest lists, and the manifest itself: names inside {@code out/}
 */
record Earlier(Path out, Set<String> files) {

  Earlier {
    files = Set.copyOf(files);
  }

  static Earlier of(Path out) {
    Set<String> files = new HashSet<>();
    if (Files.isRegularFile(out.resolve(Manifest.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
      Manifest.read(out).forEach(e -> files.add(e.file()));
      files.add(Manifest.FILE_NAME);
    }
    return new Earlier(out, files);
  }

  /** Whether {@code out/NAME} is a real file or folder holding only what that manifest lists. */
  boolean wrote(String top) throws IOException {
    Path p = out.resolve(top);
    if (Files.isSymbolicLink(p) || !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      return files.contains(top);
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path f : walk.toList()) {
        if (!Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS) && !files.contains(name(f))) {
          return false;
        }
      }
    }
    return true;
  }

  private String name(Path file) {
    return out.relativize(file).toString().replace('\\', '/');
  }

  /**
   * Takes the earlier real files into the store as its current build (hard links, no copy), then
   * replaces each real entry by its link: a file in one rename (the link shows the same bytes); a
   * folder is moved aside and then linked, the one moment, once, when it is missing. The real
   * manifest goes last, so a build stopped on the way finds it and goes on from there.
   *
   * @return the store's current build
   */
  Optional<Path> takeOver(BuildStore store, Optional<Path> current, Steps steps)
      throws IOException {
    if (files.isEmpty()) {
      return current;
    }
    Path build = current.orElse(null);
    if (build == null) {
      build = store.newBuild();
      for (String file : files) {
        Path from = out.resolve(file);
        if (Trees.inside(out, file) && Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
          Trees.carryOver(from, Trees.target(build, file));
        }
      }
      store.point(build, steps);
      steps.next("took the earlier files into the store");
    }
    Set<String> tops = TopEntries.tops(files.stream().sorted().toList());
    tops.remove(Manifest.FILE_NAME);
    for (String top : tops.stream().sorted().toList()) {
      Path p = out.resolve(top);
      if (!wrote(top)) {
        continue;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(p, store.aside(top), StandardCopyOption.ATOMIC_MOVE);
        Files.createSymbolicLink(p, BuildStore.linkTarget(top));
      } else {
        replaceByLink(store, top);
      }
      steps.next("linked the earlier " + top);
    }
    replaceByLink(store, Manifest.FILE_NAME);
    steps.next("linked the earlier manifest");
    return Optional.of(build);
  }

  private void replaceByLink(BuildStore store, String top) throws IOException {
    Path link = store.aside(top);
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, BuildStore.linkTarget(top));
    Files.move(
        link,
        out.resolve(top),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
