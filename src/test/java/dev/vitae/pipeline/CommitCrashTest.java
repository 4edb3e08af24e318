package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.ChildJvm;
import dev.vitae.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
    return new String[] {"build", file.toString(), "--only", "text", "--out", out.toString()};
  }

  /** Every file under {@code out} (through its link) and its digest. */
  private static Map<String, String> files(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path root = out.toRealPath();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Manifest.sha256(Files.readAllBytes(p)));
      }
    }
    return files;
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

  @Test
  void aBuildKilledAtAnyPointOfItsCommitLeavesTheWholeOldOrTheWholeNewBuild()
      throws IOException, InterruptedException {
    Path out = dir.resolve("out");
    Path expected = dir.resolve("expected-new");
    Path newSource = source("New Title");
    assertThat(run(build(newSource, expected)).code()).isZero();
    Map<String, String> newFiles = files(expected);
    Path oldSource = source("Old Title");
    assertThat(run(build(oldSource, out)).code()).isZero();
    Map<String, String> oldFiles = files(out);
    assertThat(oldFiles).isNotEqualTo(newFiles).hasSameSizeAs(newFiles).hasSizeGreaterThan(4);

    Path paused = dir.resolve("paused");
    List<String> seen = new ArrayList<>();
    int step = 1;
    for (; step < 40; step++) {
      if (!files(out).equals(oldFiles)) {
        assertThat(run(build(source("Old Title"), out)).code()).isZero();
      }
      source("New Title");
      Files.deleteIfExists(paused);
      Process child =
          ChildJvm.start(
              dir,
              List.of("-Dvitae.test.pauseAtStep=" + step, "-Dvitae.test.pausedFile=" + paused),
              build(newSource, out));
      while (!Files.exists(paused) && child.isAlive()) {
        Thread.sleep(20);
      }
      if (!child.isAlive()) {
        // the commit has fewer points than this: it ran to its end
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.err"))).isZero();
        assertThat(files(out)).isEqualTo(newFiles);
        break;
      }
      String point = Files.readString(paused);
      child.destroyForcibly(); // SIGKILL
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

      Map<String, String> now = files(out);
      assertThat(now).as("out/ after kill -9 at " + point).isIn(oldFiles, newFiles);
      Map<String, String> listed = listed(out);
      listed.put(Manifest.FILE_NAME, now.get(Manifest.FILE_NAME));
      assertThat(listed).as("manifest after kill -9 at " + point).isEqualTo(now);
      seen.add(point + (now.equals(newFiles) ? " → new" : " → old"));
    }
    assertThat(seen).as("kill points").hasSizeGreaterThanOrEqualTo(oldFiles.size() + 4);
    assertThat(seen).anyMatch(s -> s.endsWith("→ old")).anyMatch(s -> s.endsWith("→ new"));

    // The next build removes whatever the killed ones left.
    assertThat(run(build(source("Old Title"), out)).code()).isZero();
    try (Stream<Path> store = Files.list(dir.resolve(".out.vitae"))) {
      assertThat(store.map(p -> p.getFileName().toString())).hasSize(2).contains("lock");
    }
    assertThat(dir.resolve(".out.vitae-link")).doesNotExist();
    assertThat(files(out)).isEqualTo(oldFiles);
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
