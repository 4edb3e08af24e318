package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.ChildJvm;
import dev.vitae.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with {@code kill -9} at every point of its commit leaves {@code out/} holding the
 * whole previous build or the whole new one, its manifest matching its files; two builds never
 * write into one {@code out/} at once; what a killed build left is removed by the next.
 */
class CommitCrashTest {

  @TempDir Path dir;

  private static final String RESUME =
      """
      basics:
        name: Ada Example
        label: %s
      work:
        - name: Acme
          position: Engineer
          highlights: [Built the thing.]
      variants:
        backend: {}
      """;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path source(String label) throws IOException {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(file, RESUME.formatted(label));
    return file;
  }

  private static String[] build(Path file, Path out) {
    return new String[] {
      "build", file.toString(), "--only", "text", "--clean", "--out", out.toString()
    };
  }

  /**
   * Every file read through {@code out/} (its entries are links into {@code out/.vitae/}) and its
   * digest; a link that points at nothing is no file, as for anyone who opens it.
   */
  static Map<String, String> files(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out, FileVisitOption.FOLLOW_LINKS)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(p).toString();
        if (!name.startsWith(".vitae")) {
          files.put(name, Manifest.sha256(Files.readAllBytes(p)));
        }
      }
    }
    return files;
  }

  /**
   * Every path beside {@code out} and under the folder holding it, with its type, size and
   * modification time, and that folder's own: what vitae must never create or change.
   */
  static Map<String, String> around(Path out) throws IOException {
    Map<String, String> seen = new TreeMap<>();
    Path parent = out.getParent();
    try (Stream<Path> walk = Files.walk(parent)) {
      for (Path p : walk.filter(p -> !p.startsWith(out) || p.equals(out)).toList()) {
        BasicFileAttributes a =
            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        boolean folder = a.isDirectory() && !p.equals(out);
        seen.put(
            parent.relativize(p).toString(),
            (a.isSymbolicLink() ? "link" : a.isDirectory() ? "folder" : "file")
                + (folder || !a.isRegularFile() ? "" : " " + a.size())
                + (p.equals(out) ? "" : " " + a.lastModifiedTime().toInstant()));
      }
    }
    return seen;
  }

  /** The entries directly in {@code out/}: all links into the store but the store itself. */
  static void onlyLinksAtTheTop(Path out, String when) throws IOException {
    try (Stream<Path> entries = Files.list(out)) {
      for (Path p : entries.toList()) {
        String name = p.getFileName().toString();
        if (!name.equals(".vitae")) {
          assertThat(Files.readSymbolicLink(p))
              .as(when + ": out/" + name)
              .isEqualTo(Path.of(".vitae", "current", name));
        }
      }
    }
  }

  /** The files the manifest in {@code out} lists, with their digests. */
  private static Map<String, String> listed(Path out) throws IOException {
    Map<String, String> listed = new TreeMap<>();
    JsonNode manifest = new ObjectMapper().readTree(out.resolve(Manifest.FILE_NAME).toFile());
    for (JsonNode f : manifest.path("files")) {
      listed.put(f.path("file").asText(), f.path("sha256").asText());
    }
    return listed;
  }

  private Path source(String label, String name) throws IOException {
    Path file = source(label);
    Files.writeString(file, RESUME.formatted(label).replace("Ada Example", name));
    return file;
  }

  /** The same build again: the old source into {@code out}. */
  private void buildOld(Path out) throws IOException {
    assertThat(run(build(source("Old Title", "Ada Example"), out)).code()).isZero();
  }

  /**
   * Runs the new build (another name, so other file names) into {@code out} and kills it with
   * SIGKILL at each point of its commit in turn; after each kill, {@code out/} must read as the
   * whole old or the whole new build with a manifest that matches, and nothing beside {@code out}
   * may have changed. {@code before} puts the old state back before each run, so that the N-th
   * point is the same point in every run.
   *
   * @return each point killed at, and which build {@code out/} held after it
   */
  private List<String> killAtEveryPoint(
      Path out, Map<String, String> oldFiles, Map<String, String> newFiles, Before before)
      throws IOException, InterruptedException {
    Path paused = dir.resolve("paused");
    List<String> seen = new ArrayList<>();
    for (int step = 1; step < 60; step++) {
      before.run();
      Map<String, String> beside = around(out);
      Path newSource = source("New Title", "Ada Newer");
      Files.deleteIfExists(paused);
      Process child =
          ChildJvm.start(
              dir,
              List.of("-Dvitae.test.pauseAtStep=" + step, "-Dvitae.test.pausedFile=" + paused),
              build(newSource, out));
      while (child.isAlive() && (!Files.exists(paused) || Files.size(paused) == 0)) {
        Thread.sleep(20);
      }
      if (!child.isAlive()) {
        // the commit has fewer points than this: it ran to its end
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.err"))).isZero();
        assertThat(files(out)).isEqualTo(newFiles);
        onlyLinksAtTheTop(out, "after the whole build");
        assertThat(around(out)).as("beside out/ after the whole build").isEqualTo(beside);
        return seen;
      }
      String point = Files.readString(paused);
      child.destroyForcibly(); // SIGKILL
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

      Map<String, String> now = files(out);
      assertThat(now).as("out/ after kill -9 at " + point).isIn(oldFiles, newFiles);
      Map<String, String> listed = listed(out);
      listed.put(Manifest.FILE_NAME, now.get(Manifest.FILE_NAME));
      assertThat(listed).as("manifest after kill -9 at " + point).isEqualTo(now);
      assertThat(around(out)).as("beside out/ after kill -9 at " + point).isEqualTo(beside);
      seen.add(point + (now.equals(newFiles) ? " → new" : " → old"));
    }
    throw new AssertionError("the commit did not end within 60 points: " + seen);
  }

  interface Before {
    void run() throws IOException;
  }

  @Test
  void aBuildKilledAtAnyPointOfItsCommitLeavesTheWholeOldOrTheWholeNewBuild()
      throws IOException, InterruptedException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("notes.txt"), "the user's own file beside out/");
    Path out = home.resolve("out");
    Path expected = dir.resolve("expected-new");
    assertThat(run(build(source("New Title", "Ada Newer"), expected)).code()).isZero();
    Map<String, String> newFiles = files(expected);
    Map<String, String> empty = around(out);
    buildOld(out);
    Map<String, String> first = around(out);
    assertThat(first.keySet()).containsExactlyInAnyOrder("", "notes.txt", "out");
    assertThat(first.get("notes.txt")).isEqualTo(empty.get("notes.txt"));
    Map<String, String> oldFiles = files(out);
    assertThat(oldFiles.keySet()).contains("Ada-Example-Resume.txt", "manifest.json");
    assertThat(newFiles.keySet()).contains("Ada-Newer-Resume.txt", "manifest.json");
    assertThat(oldFiles).hasSameSizeAs(newFiles).hasSizeGreaterThan(4);
    onlyLinksAtTheTop(out, "after a build");

    List<String> seen = killAtEveryPoint(out, oldFiles, newFiles, () -> buildOld(out));
    assertThat(seen).as("kill points").hasSizeGreaterThanOrEqualTo(oldFiles.size() + 4);
    assertThat(seen).anyMatch(s -> s.endsWith("→ old")).anyMatch(s -> s.endsWith("→ new"));
    assertThat(seen).anyMatch(s -> s.contains("linked Ada-Newer-Resume.txt"));

    // The next build removes whatever the killed ones left; its fit memory and what it verified
    // stay for the next.
    buildOld(out);
    try (Stream<Path> store = Files.list(out.resolve(".vitae"))) {
      assertThat(store.map(p -> p.getFileName().toString()).sorted())
          .hasSize(5)
          .contains("current", "lock", "fits", "verified");
    }
    onlyLinksAtTheTop(out, "after the next build");
    assertThat(files(out)).isEqualTo(oldFiles);
  }

  @Test
  void anOutThatAnEarlierVitaeFilledWithRealFilesIsTakenOverAsWholly()
      throws IOException, InterruptedException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path out = home.resolve("out");
    Path expected = dir.resolve("expected-new");
    assertThat(run(build(source("New Title", "Ada Newer"), expected)).code()).isZero();
    Map<String, String> newFiles = files(expected);
    Path built = dir.resolve("built-old");
    buildOld(built);
    Map<String, String> oldFiles = files(built);
    // what an earlier vitae left: the same files, each a real file in out/
    Before earlier =
        () -> {
          CommitCrashTest.deleteTree(out);
          for (String f : oldFiles.keySet()) {
            Path to = out.resolve(f);
            Files.createDirectories(to.getParent());
            Files.copy(built.resolve(f), to);
          }
        };
    List<String> seen = killAtEveryPoint(out, oldFiles, newFiles, earlier);
    assertThat(seen).anyMatch(s -> s.contains("took the earlier files into the store"));
    assertThat(seen).anyMatch(s -> s.contains("linked the earlier manifest"));

    // a build stopped half way through the take-over is finished by the next
    earlier.run();
    Files.writeString(out.resolve("notes.txt"), "the user's own file in out/");
    buildOld(out);
    assertThat(files(out)).containsAllEntriesOf(oldFiles).containsKey("notes.txt");
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("the user's own file in out/");
  }

  @Test
  void aFileOrFolderOfTheUsersIsNeverReplaced() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("backend"));
    Files.writeString(out.resolve("backend/plan.txt"), "mine");
    Path file = source("Old Title");
    Run r =
        run("build", file.toString(), "--only", "text", "--variant", "backend", "--out", "" + out);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "vitae: error: cannot write "
                + out.resolve("backend")
                + ": this build writes here, but vitae did not make this folder\n"
                + "  hint: move it away, or build into another folder with --out DIR\n");
    assertThat(Files.readString(out.resolve("backend/plan.txt"))).isEqualTo("mine");

    Files.writeString(out.resolve("Ada-Example-Resume.txt"), "my own notes");
    r = run(build(file, out));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "vitae: error: cannot write "
                + out.resolve("Ada-Example-Resume.txt")
                + ": this build writes here, but vitae did not make this file\n");
    assertThat(Files.readString(out.resolve("Ada-Example-Resume.txt"))).isEqualTo("my own notes");
    try (Stream<Path> entries = Files.list(out)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .containsOnly("backend", "Ada-Example-Resume.txt", ".vitae");
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void aSecondBuildIntoTheSameOutWaitsForNoOneAndWritesNothing()
      throws IOException, InterruptedException {
    Path out = dir.resolve("out");
    Path file = source("Old Title");
    assertThat(run(build(file, out)).code()).isZero();
    Map<String, String> before = files(out);
    Path paused = dir.resolve("paused");
    Process child =
        ChildJvm.start(
            dir,
            List.of("-Dvitae.test.pauseAtStep=3", "-Dvitae.test.pausedFile=" + paused),
            build(source("New Title"), out));
    try {
      while (!Files.exists(paused) && child.isAlive()) {
        Thread.sleep(20);
      }
      assertThat(child.isAlive()).isTrue();
      Run second = run(build(file, out));
      assertThat(second.code()).isEqualTo(1);
      assertThat(second.err())
          .startsWith(
              "vitae: error: cannot write "
                  + out
                  + ": another vitae build is writing here right now\n"
                  + "  hint: wait for it to finish, or build into another folder with --out DIR\n");
      assertThat(files(out)).isEqualTo(before);
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void anOutThatIsALinkVitaeDidNotMakeIsLeftAlone() throws IOException {
    Path out = dir.resolve("out");
    Files.createSymbolicLink(out, dir.resolve("nowhere"));
    Run r = run(build(source("Old Title"), out));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "vitae: error: cannot write "
                + out
                + ": it is a link to "
                + dir.resolve("nowhere")
                + ", which does not exist\n");
    assertThat(Files.isSymbolicLink(out)).isTrue();
    assertThat(dir.resolve("nowhere")).doesNotExist();
    assertThat(Files.readSymbolicLink(out)).isEqualTo(dir.resolve("nowhere"));
  }

  private static Run platformText(Path file, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "build",
                file.toString(),
                "--only",
                "text",
                "--variant",
                "platform",
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void partialBuildsJoinTheManifestAndCleanRemovesWhatNoLongerBelongs() throws IOException {
    Path out = dir.resolve("out");
    Path file = source("Old Title");
    assertThat(run("build", file.toString(), "--out", out.toString()).code()).isZero();
    Map<String, String> whole = files(out);
    assertThat(whole).containsKey("backend/Ada-Example-Resume-backend.pdf");
    // a variant renamed: its old folder stays through a partial build, goes with --clean
    Files.writeString(file, RESUME.formatted("Old Title").replace("backend:", "platform:"));
    assertThat(platformText(file, out).code()).isZero();
    Map<String, String> merged = files(out);
    assertThat(merged.keySet())
        .containsAll(whole.keySet())
        .contains("platform/Ada-Example-Resume-platform.txt");
    Map<String, String> listed = listed(out);
    listed.put(Manifest.FILE_NAME, merged.get(Manifest.FILE_NAME));
    assertThat(listed).isEqualTo(merged);
    JsonNode manifest = new ObjectMapper().readTree(out.resolve(Manifest.FILE_NAME).toFile());
    assertThat(manifest.path("vitae").asText()).isNotEmpty();
    assertThat(manifest.path("files").get(0).path("source").asText())
        .isEqualTo(Manifest.sha256(Files.readAllBytes(file)));

    assertThat(platformText(file, out, "--clean").code()).isZero();
    assertThat(files(out).keySet())
        .noneMatch(f -> f.startsWith("backend/"))
        .contains(
            "Ada-Example-Resume.pdf",
            "Ada-Example-Resume.txt",
            "platform/Ada-Example-Resume-platform.txt");
  }
}
