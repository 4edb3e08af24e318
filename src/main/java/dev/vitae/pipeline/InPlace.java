package dev.vitae.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The commit where the file system takes no symbolic links (FAT, some network shares): each file is
 * written whole into {@code out/.vitae/staging/} and then moved over its target, the manifest last,
 * and the previous build's files that no longer belong are removed after it. A reader never sees
 * half a file; a build stopped on the way can leave some files new and some old, with the previous
 * manifest, until the next build.
 */
final class InPlace {

  private InPlace() {}

  static List<Document> commit(
      Path out,
      BuildStore store,
      List<Document> fresh,
      List<Manifest.Entry> entries,
      Carry carry,
      Steps steps)
      throws IOException {
    Set<String> written = new HashSet<>();
    fresh.forEach(d -> written.add(d.fileName()));
    List<Manifest.Entry> previous = Manifest.read(out);
    List<Manifest.Entry> kept = new ArrayList<>();
    for (Manifest.Entry old : previous) {
      String file = old.file();
      if (!written.contains(file)
          && carry.keeps(file)
          && Trees.inside(out, file)
          && Files.isRegularFile(out.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
        kept.add(old);
      }
    }
    List<Document> all = new ArrayList<>(fresh);
    all.add(Manifest.of(kept, entries).document());
    Path staging = store.staging();
    List<Path> staged = new ArrayList<>();
    for (Document d : all) {
      staged.add(Trees.write(staging, d.fileName(), d.bytes()));
    }
    steps.next("staged the files");
    for (int i = 0; i < staged.size(); i++) {
      Path to = Trees.target(out, all.get(i).fileName());
      Files.createDirectories(to.getParent());
      try {
        Files.move(
            staged.get(i), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staged.get(i), to, StandardCopyOption.REPLACE_EXISTING);
      }
      steps.next("moved " + all.get(i).fileName());
    }
    Set<String> now = new HashSet<>(written);
    kept.forEach(e -> now.add(e.file()));
    for (Manifest.Entry old : previous) {
      if (!now.contains(old.file()) && Trees.inside(out, old.file())) {
        Path gone = out.resolve(old.file()).normalize();
        Files.deleteIfExists(gone);
        Path folder = gone.getParent();
        if (folder != null && !folder.equals(out) && isEmpty(folder)) {
          Files.delete(folder);
        }
      }
    }
    Trees.deleteTree(staging);
    return List.copyOf(all);
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
