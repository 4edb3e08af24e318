package dev.vitae.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a build's files so that a reader never sees half of one: every file is first written whole
 * into a staging folder beside the targets, then moved into place. When anything fails before the
 * moves, the previous outputs are untouched and the staging folder is removed.
 */
public final class OutputWriter {

  private OutputWriter() {}

  /**
   * Writes every document of a build and its manifest into {@code dir}, in one commit.
   *
   * @return what was written, manifest last
   */
  public static List<Document> commitBuilds(Path dir, List<VariantBuild> builds)
      throws IOException {
    List<Document> all = new ArrayList<>();
    builds.forEach(b -> all.addAll(b.documents()));
    all.add(Manifest.of(builds).document());
    commit(dir, all);
    return List.copyOf(all);
  }

  /** Writes every document into {@code dir}; returns their paths. */
  public static List<Path> commit(Path dir, List<Document> documents) throws IOException {
    Files.createDirectories(dir);
    Path staging = Files.createTempDirectory(dir, ".vitae-staging-");
    try {
      List<Path> staged = new ArrayList<>();
      for (Document d : documents) {
        Path file = staging.resolve(d.fileName());
        Files.createDirectories(file.getParent());
        Files.write(file, d.bytes());
        staged.add(file);
      }
      List<Path> written = new ArrayList<>();
      for (int i = 0; i < staged.size(); i++) {
        Path target = dir.resolve(documents.get(i).fileName());
        Files.createDirectories(target.getParent());
        move(staged.get(i), target);
        written.add(target);
      }
      return written;
    } finally {
      deleteTree(staging);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
