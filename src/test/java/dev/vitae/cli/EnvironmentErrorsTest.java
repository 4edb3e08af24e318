package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vitae.ChildJvm;
import dev.vitae.OutFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine's mistakes, produced for real: a full disk and a read-only file system (a small tmpfs
 * mounted for the test), a folder without write permission (vitae run in a child JVM as root
 * without the capabilities that let root ignore permissions), a file where a folder must be. Each
 * is a user error naming the path, with a hint, exit 1, the previous build untouched.
 */
class EnvironmentErrorsTest {

  @TempDir Path dir;

  private final List<Path> mounted = new ArrayList<>();

  private static CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  /**
   * The error vitae prints for a path under {@code out}: what is wrong and the hint, nothing more.
   */
  private static void refused(String err, Path out, String what, String hint) {
    assertThat(err)
        .matches(
            "(?s)vitae: error: cannot write "
                + Pattern.quote(out.toString())
                + "\\S*: "
                + Pattern.quote(what)
                + "\n  hint: "
                + Pattern.quote(hint)
                + "\n.*")
        .doesNotContain("bug in vitae", "Exception", "\tat ");
  }

  private Path source(String label) throws IOException {
    return Files.writeString(
        dir.resolve("resume.yaml"),
        """
        basics:
          name: Ada Example
          label: %s
        work:
          - name: Acme
            position: Engineer
            highlights: [Built the thing.]
        """
            .formatted(label));
  }

  private static String[] build(Path file, Path out, String only) {
    return new String[] {"build", file.toString(), "--only", only, "--out", out.toString()};
  }

  private static int sh(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  /** A tmpfs of this size at a new folder; skipped where this machine lets no test mount one. */
  private Path tmpfs(String options) throws IOException, InterruptedException {
    Path at = Files.createDirectories(dir.resolve("mnt" + mounted.size()));
    assumeTrue(
        sh("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString()) == 0,
        "mounting a tmpfs needs root (CAP_SYS_ADMIN)");
    mounted.add(at);
    return at;
  }

  @AfterEach
  void unmount() throws IOException, InterruptedException {
    for (Path at : mounted) {
      sh("umount", "-l", at.toString());
    }
  }

  private static Map<String, String> files(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (Path p : OutFiles.of(out)) {
      files.put(out.relativize(p).toString(), Files.readString(p));
    }
    return files;
  }

  @Test
  void aFullDiskIsNamedWithTheFolderAndTheOldBuildStays() throws IOException, InterruptedException {
    Path disk = tmpfs("size=256k");
    Path out = disk.resolve("out");
    assertThat(run(build(source("Old Title"), out, "text")).code()).isZero();
    Map<String, String> before = files(out);
    // fill what is left, so the next build finds the disk full
    Path filler = disk.resolve("filler");
    assertThat(sh("sh", "-c", "cat /dev/zero > " + filler)).isNotZero();

    CliTest.Run r = run(build(source("New Title"), out, "resume"));
    assertThat(r.code()).isEqualTo(1);
    refused(
        r.err(),
        out,
        "the disk is full",
        "free some space and build again; the previous outputs are unchanged");
    assertThat(files(out)).isEqualTo(before);

    Files.delete(filler);
    assertThat(run(build(source("New Title"), out, "text")).code()).isZero();
    assertThat(files(out).get("Ada-Example-Resume.txt")).contains("New Title");
  }

  @Test
  void aReadOnlyFileSystemIsNamedAndTheOldBuildStays() throws IOException, InterruptedException {
    Path disk = tmpfs("size=1m");
    Path out = disk.resolve("out");
    assertThat(run(build(source("Old Title"), out, "text")).code()).isZero();
    Map<String, String> before = files(out);
    assertThat(sh("mount", "-o", "remount,ro", disk.toString())).isZero();

    CliTest.Run r = run(build(source("New Title"), out, "text"));
    assertThat(r.code()).isEqualTo(1);
    refused(
        r.err(), out, "the file system is read-only", "build into another folder with --out DIR");
    assertThat(files(out)).isEqualTo(before);
  }

  @Test
  void aFolderWithoutWritePermissionIsNamed() throws IOException, InterruptedException {
    Path out = dir.resolve("out");
    assertThat(run(build(source("Old Title"), out, "text")).code()).isZero();
    Map<String, String> before = files(out);
    writable(out, false);
    source("New Title");
    // root ignores permission bits; without these two capabilities it is bound by them
    List<String> command =
        new ArrayList<>(
            List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"));
    command.addAll(ChildJvm.command(List.of(), build(dir.resolve("resume.yaml"), out, "text")));
    assumeTrue(sh("setpriv", "--bounding-set=-dac_override", "true") == 0, "needs setpriv");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("child.out").toFile())
            .redirectError(dir.resolve("child.err").toFile())
            .start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String err = Files.readString(dir.resolve("child.err"));
    assertThat(p.exitValue()).as(err).isEqualTo(1);
    refused(
        err,
        out,
        "permission denied",
        "build into a folder you can write to (--out DIR), or make this one writable");
    writable(out, true);
    assertThat(files(out)).isEqualTo(before);
  }

  /** Every folder and file under {@code out} (not through links) writable by its owner or not. */
  private static void writable(Path out, boolean yes) throws IOException {
    try (var walk = Files.walk(out)) {
      for (Path p : walk.filter(p -> !Files.isSymbolicLink(p)).toList()) {
        boolean folder = Files.isDirectory(p);
        Files.setPosixFilePermissions(
            p,
            PosixFilePermissions.fromString(
                (yes ? "rw" : "r-") + (folder ? "x" : "-") + (folder ? "r-xr-x" : "r--r--")));
      }
    }
  }

  @Test
  void aFileWhereAFolderOfTheOutPathMustBeIsNamed() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
    Path out = file.resolve("out");
    CliTest.Run r = run(build(source("Old Title"), out, "text"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("vitae: error: cannot write " + file)
        .contains("a file stands where a folder is needed\n")
        .contains("  hint: move it away or choose --out DIR\n")
        .doesNotContain("bug in vitae", "Exception", "\tat ");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }
}
