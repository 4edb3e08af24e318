package dev.vitae.pipeline;

import dev.vitae.apply.BundleRecord;
import dev.vitae.model.ApplicationStatus;
import dev.vitae.model.Keyed;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Commits a bundle into {@code sent/} in one step: every file is written into a hidden folder
 * beside the bundle's, which is then renamed into place, so that a bundle folder is always whole or
 * absent. A bundle built while its application was out ({@code sent} or later) is frozen: it is
 * never written over. Building it again from the same sources refuses; from changed sources it
 * makes the next revision ({@code …-r2}) beside it. A draft's bundle is replaced.
 */
final class BundleCommit {

  private static final String LOCK = ".lock";

  private BundleCommit() {}

  /** What the commit did: where the bundle is, and whether it is a new revision. */
  record Committed(Path folder, boolean revision) {}

  /** A bundle that may not be written, as a problem; never leaves this package's apply. */
  static final class Frozen extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path folder;

    Frozen(Path folder) {
      super(null, null, false, false);
      this.folder = folder;
    }

    Path folder() {
      return folder;
    }
  }

  /**
   * Writes {@code files} (record.json among them) as the bundle {@code name} in {@code sent}.
   *
   * @throws Frozen when the latest revision is frozen and was made from the same sources
   */
  static Committed commit(Path sent, String name, List<Document> files, BundleRecord record)
      throws IOException, Frozen {
    Files.createDirectories(sent);
    try (FileChannel channel =
            FileChannel.open(
                sent.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IOException("another vitae apply is writing into " + sent + " right now");
      }
      int latest = latest(sent, name);
      Path target = sent.resolve(BundleNames.revision(name, Math.max(latest, 1)));
      boolean revision = false;
      Optional<Path> replaced = Optional.empty();
      if (latest > 0) {
        Optional<BundleRecord> old = read(target);
        if (old.isEmpty() || isOut(old.get().status())) {
          if (old.isPresent() && old.get().sameAs(record)) {
            throw new Frozen(target);
          }
          target = sent.resolve(BundleNames.revision(name, latest + 1));
          revision = true;
        } else {
          replaced = Optional.of(target);
        }
      }
      Path staging = Files.createTempDirectory(sent, "." + name + "-");
      try {
        for (Document d : files) {
          Files.write(staging.resolve(d.fileName()), d.bytes(), StandardOpenOption.CREATE_NEW);
        }
        if (replaced.isPresent()) {
          Path old = Files.createTempDirectory(sent, ".replaced-" + name + "-");
          Files.move(replaced.get(), old.resolve("bundle"), StandardCopyOption.ATOMIC_MOVE);
          Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
          Trees.deleteTree(old);
        } else {
          Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
      } finally {
        Trees.deleteTree(staging);
      }
      return new Committed(target, revision);
    }
  }

  /** Whether a recorded status is one of an application that is out; an unknown one counts. */
  private static boolean isOut(String status) {
    return Keyed.of(ApplicationStatus.class, status).map(ApplicationStatus::isOut).orElse(true);
  }

  /** The latest revision of bundle {@code name} in {@code sent}: 0 when there is none. */
  static int latest(Path sent, String name) throws IOException {
    if (!Files.isDirectory(sent)) {
      return 0;
    }
    int latest = 0;
    try (Stream<Path> entries = Files.list(sent)) {
      for (Path p : entries.toList()) {
        String f = p.getFileName().toString();
        if (f.equals(name)) {
          latest = Math.max(latest, 1);
        } else if (f.startsWith(name + "-r")
            && f.substring(name.length() + 2).matches("\\d{1,6}")) {
          latest = Math.max(latest, Integer.parseInt(f.substring(name.length() + 2)));
        }
      }
    }
    return latest;
  }

  /** The record of the bundle in {@code folder}, when it has a readable one. */
  static Optional<BundleRecord> read(Path folder) {
    Path file = folder.resolve(BundleRecord.FILE_NAME);
    try {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) < 1 << 20
          ? BundleRecord.read(Files.readAllBytes(file))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
