package dev.vitae.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What stands directly in {@code out/}: each entry of a build ({@code Ada-Resume.pdf}, {@code
 * backend/}, {@code manifest.json}) is a relative link {@code NAME → .vitae/current/NAME}, the same
 * for every build, so moving the store's one pointer moves them all at once.
 */
record TopEntries(Path out) {

  /** The top-level names of a build's files. */
  static Set<String> tops(List<String> files) {
    Set<String> tops = new HashSet<>();
    files.forEach(f -> tops.add(Trees.top(f)));
    return tops;
  }

  /**
   * Refuses, before anything is written, a build whose entry would replace something vitae did not
   * make: a user's own file or folder of that name stays untouched.
   */
  void refuseStrangers(Set<String> tops, Earlier earlier) throws IOException {
    for (String top : tops) {
      Path p = out.resolve(top);
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !ours(top) && !earlier.wrote(top)) {
        throw new OutputFailure(
            p,
            "this build writes here, but vitae did not make this "
                + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "folder" : "file"),
            "move it away, or build into another folder with --out DIR",
            null);
      }
    }
  }

  /** Whether {@code out/NAME} is the link a build makes. */
  boolean ours(String top) throws IOException {
    Path p = out.resolve(top);
    return Files.isSymbolicLink(p) && Files.readSymbolicLink(p).equals(BuildStore.linkTarget(top));
  }

  /**
   * Makes the missing links of the new build's entries. Until the pointer moves such a link points
   * at nothing, and opening it fails as for a missing file: readers see the previous build only.
   */
  void link(Set<String> tops, Steps steps) throws IOException {
    for (String top : tops.stream().sorted().toList()) {
      if (!Files.exists(out.resolve(top), LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(out.resolve(top), BuildStore.linkTarget(top));
        steps.next("linked " + top);
      }
    }
  }

  /** Removes the links of the previous build's entries that the new one does not have. */
  void unlinkGone(Set<String> tops) throws IOException {
    try (Stream<Path> entries = Files.list(out)) {
      for (Path p : entries.toList()) {
        String top = p.getFileName().toString();
        if (!tops.contains(top) && ours(top)) {
          Files.delete(p);
        }
      }
    }
  }
}
