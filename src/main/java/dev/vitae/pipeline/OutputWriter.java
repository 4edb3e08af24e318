package dev.vitae.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Commits a build's files in one step. {@code out} is a symbolic link to a folder of whole builds
 * beside it ({@code .out.vitae/b-000007}); a build is written complete, manifest included, into a
 * new such folder, and then the link is replaced by one pointing there with a single {@code
 * rename(2)}. Whenever the process is stopped, even by {@code kill -9}, {@code out} is the whole
 * previous build or the whole new one, and its {@code manifest.json} lists exactly its files. A
 * lock file keeps two builds from writing at once; what a stopped build left is removed by the
 * next.
 *
 * <p>A folder {@code out} that an earlier vitae wrote (every file in it listed by its manifest) is
 * moved into the store on the first such build; any other existing folder (an empty one, or {@code
 * --out .}) is never moved: there files are moved into place one by one, as before.
 */
public final class OutputWriter {

  private static final String LOCK = "lock";
  private static final String BUILD = "b-";

  private OutputWriter() {}

  /** Writes a whole build: {@code out} then holds exactly its files. */
  public static List<Document> commitBuilds(Path dir, List<VariantBuild> builds)
      throws IOException {
    return commitBuilds(dir, builds, Carry.NOTHING, "");
  }

  /**
   * Writes every document of a build and its manifest into {@code dir}, in one commit, keeping the
   * previous files {@code carry} names.
   *
   * @param source the SHA-256 of the resume.yaml the build was made from, or empty
   * @return what this build wrote, manifest last
   * @throws OutputFailure when another build holds {@code dir}, or the machine refuses the write
   */
  public static List<Document> commitBuilds(
      Path dir, List<VariantBuild> builds, Carry carry, String source) throws IOException {
    List<Document> fresh = new ArrayList<>();
    builds.forEach(b -> fresh.addAll(b.documents()));
    List<Manifest.Entry> entries = Manifest.entries(builds, source);
    try {
      return commit(dir, fresh, entries, carry);
    } catch (OutputFailure e) {
      throw e;
    } catch (AccessDeniedException e) {
      throw new OutputFailure(
          Path.of(Optional.ofNullable(e.getFile()).orElse(dir.toString())),
          "permission denied",
          "build into a folder you can write to (--out DIR), or make this one writable",
          e);
    } catch (FileSystemException e) {
      String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
      Path at = Path.of(Optional.ofNullable(e.getFile()).orElse(dir.toString()));
      if (reason.contains("read-only")) {
        throw new OutputFailure(
            at, "the file system is read-only", "build into another folder with --out DIR", e);
      }
      if (reason.contains("not a directory")) {
        throw new OutputFailure(
            at, "a file stands where a folder is needed", "move it away or choose --out DIR", e);
      }
      throw new OutputFailure(at, String.valueOf(e.getReason()), "check the folder and retry", e);
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).contains("No space left")) {
        throw new OutputFailure(
            dir,
            "the disk is full",
            "free some space and build again; the previous outputs are unchanged",
            e);
      }
      throw new OutputFailure(dir, String.valueOf(e.getMessage()), "check the folder and retry", e);
    }
  }

  private static List<Document> commit(
      Path dir, List<Document> fresh, List<Manifest.Entry> entries, Carry carry)
      throws IOException {
    Path out = dir.toAbsolutePath().normalize();
    if (Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputFailure(
          dir,
          "this is a file, not a folder",
          "name a folder for the outputs with --out DIR (it is made when missing)",
          null);
    }
    Path parent = out.getParent();
    if (parent == null) {
      throw new OutputFailure(
          dir, "the root folder cannot hold the outputs", "choose a folder with --out DIR", null);
    }
    Files.createDirectories(parent);
    Path store = parent.resolve("." + out.getFileName() + ".vitae");
    boolean linked = Files.isSymbolicLink(out);
    if (linked && !pointsInto(out, store)) {
      Path target = Files.readSymbolicLink(out);
      throw new OutputFailure(
          dir,
          Files.exists(out)
              ? "it is a link to " + target + ", which vitae did not make"
              : "it is a link to " + target + ", which does not exist",
          "remove the link, or build into the folder itself with --out " + target,
          null);
    }
    if (!linked && Files.isDirectory(out) && !madeByVitae(out)) {
      return inPlace(out, fresh, entries, carry);
    }
    Files.createDirectories(store);
    try (FileChannel channel =
            FileChannel.open(
                store.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new OutputFailure(
            dir,
            "another vitae build is writing here right now",
            "wait for it to finish, or build into another folder with --out DIR",
            null);
      }
      Path moved = store.resolve(out.getFileName());
      if (!linked && !Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(moved)) {
        // a first build in this store was stopped between moving the old folder and linking
        Files.move(moved, out, StandardCopyOption.ATOMIC_MOVE);
      }
      Steps steps = Steps.fromProperties();
      steps.next("locked");
      Optional<Path> current =
          linked ? current(out, store) : Optional.of(out).filter(Files::isDirectory);
      removeStale(store, current);
      steps.next("removed stale builds");
      Path next = store.resolve(nextName(store));
      Files.createDirectory(next);
      Set<String> written = new HashSet<>();
      for (Document d : fresh) {
        write(next, d.fileName(), d.bytes());
        written.add(d.fileName());
        steps.next("wrote " + d.fileName());
      }
      List<Manifest.Entry> kept = new ArrayList<>();
      if (current.isPresent()) {
        for (Manifest.Entry old : Manifest.read(current.get())) {
          String file = old.file();
          if (!written.contains(file) && carry.keeps(file) && inside(current.get(), file)) {
            Path from = current.get().resolve(file);
            if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
              carryOver(from, target(next, file));
              kept.add(old);
              steps.next("kept " + file);
            }
          }
        }
      }
      Document manifest = Manifest.of(kept, entries).document();
      write(next, manifest.fileName(), manifest.bytes());
      steps.next("wrote the manifest");
      swap(out, store, next, linked, steps);
      steps.next("swapped");
      if (current.isPresent()) {
        deleteTree(linked ? current.get() : moved);
      }
      steps.next("removed the previous build");
      List<Document> all = new ArrayList<>(fresh);
      all.add(manifest);
      return List.copyOf(all);
    }
  }

  /**
   * Points {@code out} at {@code next} with one rename of a new link over the old one. A folder
   * {@code out} from an earlier vitae is first moved into the store: the one moment, once, when
   * {@code out} is missing.
   */
  private static void swap(Path out, Path store, Path next, boolean linked, Steps steps)
      throws IOException {
    Path link = out.resolveSibling("." + out.getFileName() + ".vitae-link");
    Files.deleteIfExists(link);
    // relative, so that the folder holding out/ can be moved or renamed
    Files.createSymbolicLink(
        link, Path.of(store.getFileName().toString(), next.getFileName().toString()));
    steps.next("made the new link");
    if (!linked && Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(out, store.resolve(out.getFileName()), StandardCopyOption.ATOMIC_MOVE);
      steps.next("moved the old folder into the store");
    }
    Files.move(link, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Whether a link {@code out} points at a build in the store (existing or not). */
  private static boolean pointsInto(Path out, Path store) throws IOException {
    Path target = out.resolveSibling(Files.readSymbolicLink(out)).normalize();
    return store.equals(target.getParent());
  }

  /** The build {@code out} points at, when it points into the store. */
  private static Optional<Path> current(Path out, Path store) throws IOException {
    Path target = out.resolveSibling(Files.readSymbolicLink(out)).normalize();
    return target.getParent() != null && target.getParent().equals(store)
        ? Optional.of(target).filter(Files::isDirectory)
        : Optional.empty();
  }

  /** Removes what a stopped build left in the store: every folder but the current build. */
  private static void removeStale(Path store, Optional<Path> current) throws IOException {
    try (Stream<Path> entries = Files.list(store)) {
      for (Path p : entries.toList()) {
        boolean keep =
            p.getFileName().toString().equals(LOCK)
                || current.map(c -> c.normalize().equals(p.normalize())).orElse(false);
        if (!keep) {
          deleteTree(p);
        }
      }
    }
    Files.deleteIfExists(store.resolveSibling(store.getFileName() + "-link"));
  }

  private static String nextName(Path store) throws IOException {
    long max = 0;
    try (Stream<Path> entries = Files.list(store)) {
      for (Path p : entries.toList()) {
        String name = p.getFileName().toString();
        if (name.matches(BUILD + "\\d{1,18}")) {
          max = Math.max(max, Long.parseLong(name.substring(BUILD.length())));
        }
      }
    }
    return BUILD + "%06d".formatted(max + 1);
  }

  /** Whether a folder holds only what its manifest lists: an earlier vitae's {@code out}. */
  private static boolean madeByVitae(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
      return false;
    }
    Set<String> listed = new HashSet<>();
    Manifest.read(dir).forEach(e -> listed.add(e.file()));
    listed.add(Manifest.FILE_NAME);
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.toList()) {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
            && !listed.contains(dir.relativize(p).toString().replace('\\', '/'))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The fallback for a folder vitae did not make: each file written whole beside its target, then
   * moved over it. A reader never sees half a file, but may see some files new and some old.
   */
  private static List<Document> inPlace(
      Path dir, List<Document> fresh, List<Manifest.Entry> entries, Carry carry)
      throws IOException {
    List<Manifest.Entry> kept = new ArrayList<>();
    Set<String> written = new HashSet<>();
    fresh.forEach(d -> written.add(d.fileName()));
    if (Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
      for (Manifest.Entry old : Manifest.read(dir)) {
        String file = old.file();
        if (!written.contains(file)
            && carry.keeps(file)
            && Files.isRegularFile(dir.resolve(file))) {
          kept.add(old);
        }
      }
    }
    List<Document> all = new ArrayList<>(fresh);
    all.add(Manifest.of(kept, entries).document());
    Path staging = Files.createTempDirectory(dir, ".vitae-staging-");
    try {
      List<Path> staged = new ArrayList<>();
      for (Document d : all) {
        staged.add(write(staging, d.fileName(), d.bytes()));
      }
      for (int i = 0; i < staged.size(); i++) {
        Path to = target(dir, all.get(i).fileName());
        Files.createDirectories(to.getParent());
        try {
          Files.move(
              staged.get(i),
              to,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(staged.get(i), to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      deleteTree(staging);
    }
    return List.copyOf(all);
  }

  private static Path write(Path root, String name, byte[] bytes) throws IOException {
    Path file = target(root, name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return file;
  }

  /**
   * A file of the build inside {@code root}; a name that would lead out of it is a bug upstream.
   */
  private static Path target(Path root, String name) {
    if (!inside(root, name)) {
      throw new IllegalArgumentException("output name leads out of the folder: " + name);
    }
    return root.resolve(name).normalize();
  }

  private static boolean inside(Path root, String name) {
    Path p = root.resolve(name).normalize();
    return !Path.of(name).isAbsolute() && p.startsWith(root) && !p.equals(root);
  }

  /** A previous file into the new build: a hard link (no copy) where the file system allows. */
  private static void carryOver(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try {
      Files.createLink(to, from);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static void deleteTree(Path root) throws IOException {
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
