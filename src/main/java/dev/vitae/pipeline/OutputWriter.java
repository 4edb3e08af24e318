package dev.vitae.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Commits a build's files in one step, writing nothing outside {@code out/}. {@code out/} is a real
 * folder; its {@code .vitae/} holds whole builds ({@code b-000007/}) and a link {@code current} to
 * the one shown, and every entry a build has at the top ({@code Ada-Resume.pdf}, {@code backend/},
 * {@code manifest.json}) is a link {@code out/NAME → .vitae/current/NAME}. A build is written
 * complete, manifest included, into a new folder of the store; then {@code current} is replaced by
 * one {@code rename(2)}. Whenever the process is stopped, even by {@code kill -9}, the files read
 * through {@code out/} are the whole previous build or the whole new one, and its {@code
 * manifest.json} lists exactly them. A lock file keeps two builds from writing at once; what a
 * stopped build left is removed by the next. Without symbolic links, see {@link InPlace}.
 */
public final class OutputWriter {

  private OutputWriter() {}

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
      if (reason.contains("no space")) {
        throw diskFull(at, e);
      }
      throw new OutputFailure(at, String.valueOf(e.getReason()), "check the folder and retry", e);
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).contains("No space left")) {
        throw diskFull(dir, e);
      }
      throw new OutputFailure(dir, String.valueOf(e.getMessage()), "check the folder and retry", e);
    }
  }

  private static OutputFailure diskFull(Path at, IOException e) {
    return new OutputFailure(
        at,
        "the disk is full",
        "free some space and build again; the previous outputs are unchanged",
        e);
  }

  private static List<Document> commit(
      Path dir, List<Document> fresh, List<Manifest.Entry> entries, Carry carry)
      throws IOException {
    Path out = dir.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(out)) {
      Path target = Files.readSymbolicLink(out);
      throw new OutputFailure(
          dir,
          Files.exists(out)
              ? "it is a link to " + target + ", and vitae writes only into a folder itself"
              : "it is a link to " + target + ", which does not exist",
          "remove the link, or build into the folder itself with --out " + target,
          null);
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new OutputFailure(
          dir,
          "this is a file, not a folder",
          "name a folder for the outputs with --out DIR (it is made when missing)",
          null);
    }
    Files.createDirectories(out);
    BuildStore store = BuildStore.in(out);
    try (FileChannel channel = store.lockFile();
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new OutputFailure(
            dir,
            "another vitae build is writing here right now",
            "wait for it to finish, or build into another folder with --out DIR",
            null);
      }
      Steps steps = Steps.fromProperties();
      steps.next("locked");
      Earlier earlier = Earlier.of(out);
      TopEntries top = new TopEntries(out);
      List<String> names = new ArrayList<>(fresh.stream().map(Document::fileName).toList());
      names.add(Manifest.FILE_NAME);
      top.refuseStrangers(TopEntries.tops(names), earlier);
      boolean links = store.linksWork();
      Optional<Path> current = links ? store.current() : Optional.empty();
      store.removeStale(current);
      steps.next("removed stale builds");
      if (!links) {
        return InPlace.commit(out, store, fresh, entries, carry, steps);
      }
      current = earlier.takeOver(store, current, steps);
      Path next = store.newBuild();
      Set<String> written = new HashSet<>();
      for (Document d : fresh) {
        Trees.write(next, d.fileName(), d.bytes());
        written.add(d.fileName());
        steps.next("wrote " + d.fileName());
      }
      List<Manifest.Entry> kept = new ArrayList<>();
      if (current.isPresent()) {
        for (Manifest.Entry old : Manifest.read(current.get())) {
          String file = old.file();
          if (!written.contains(file) && carry.keeps(file) && Trees.inside(current.get(), file)) {
            Path from = current.get().resolve(file);
            if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
              Trees.carryOver(from, Trees.target(next, file));
              kept.add(old);
              names.add(file);
              steps.next("kept " + file);
            }
          }
        }
      }
      Document manifest = Manifest.of(kept, entries).document();
      Trees.write(next, manifest.fileName(), manifest.bytes());
      steps.next("wrote the manifest");
      Set<String> tops = TopEntries.tops(names);
      top.link(tops, steps);
      store.point(next, steps);
      steps.next("swapped");
      top.unlinkGone(tops);
      steps.next("removed the previous build's other entries");
      store.removeStale(Optional.of(next));
      steps.next("removed the previous build");
      List<Document> all = new ArrayList<>(fresh);
      all.add(manifest);
      return List.copyOf(all);
    }
  }
}
