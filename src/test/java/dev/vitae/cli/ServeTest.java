package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.ChildJvm;
import dev.vitae.OutFiles;
import dev.vitae.Samples;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vitae serve} and the launcher's hand-over ({@code .mvn/serve-client.sh}, the bash that
 * {@code ./vitae} runs): the same commands run cold (a new JVM) and through a served JVM print the
 * same, exit with the same code and write the same files; what the server must not run falls back
 * to a cold start (exit 200 from the client: not taken).
 */
class ServeTest {

  private static final Path CLIENT = Path.of(".mvn/serve-client.sh").toAbsolutePath();
  private static final int NOT_TAKEN = 200;

  @TempDir Path dir;

  private Path project;
  private final List<Process> started = new ArrayList<>();

  record Run(int code, String out, String err) {

    /** Without the milliseconds, which differ from run to run. */
    Run timeless() {
      return new Run(code, out.replaceAll("\\d+ ms", "N ms"), err.replaceAll("\\d+ ms", "N ms"));
    }
  }

  @BeforeEach
  void project() throws IOException {
    project = Files.createDirectory(dir.resolve("project"));
    Files.copy(Samples.SAMPLE, project.resolve("resume.yaml"));
    Files.writeString(
        project.resolve("bad.yaml"),
        "basics:\n  name: Ada\n  emial: ada@example.com\nwork:\n  - startDate: 2021-13\n");
  }

  @AfterEach
  void stop() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  void commandsPrintExitAndWriteTheSameThroughTheServerAsCold() throws Exception {
    serve(List.of(), "--idle-timeout", "10m");

    Map<String, byte[]> files = new LinkedHashMap<>();
    // served twice: the second build reuses the first one's fit (one layout) to the same files
    for (boolean served : new boolean[] {false, true, true}) {
      deleteTree(project.resolve("out"));
      Run build = run(served, "build", "--only", "resume,text", "--variant", "backend");
      assertThat(build.code()).isZero();
      assertThat(build.out()).contains("wrote out/backend/Tushar-Resume-backend.pdf");
      Map<String, byte[]> now = files(project.resolve("out"));
      assertThat(now).containsKey("backend/Tushar-Resume-backend.pdf");
      if (served) {
        assertThat(now.keySet()).isEqualTo(files.keySet());
        now.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(files.get(name)));
      } else {
        files.putAll(now);
      }
    }

    same("validate", "bad.yaml");
    Run bad = run(true, "validate", "bad.yaml");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err())
        .startsWith("bad.yaml:3:3: error: unknown key 'emial' in basics\n")
        .contains("bad.yaml:5:16: error: 'startDate' is not a date: '2021-13'");
    assertThat(same("validate", "résumé\\n\"x\".yaml").err())
        .startsWith("vitae: error: no such file: résumé\\n\"x\".yaml\n");
    assertThat(same("validate").out()).isEqualTo("resume.yaml: ok\n");
    assertThat(same("build", "--paper", "tabloid").code()).isEqualTo(2);
    assertThat(same("build", "--bogus").err()).startsWith("Unknown option: '--bogus'\nUsage:");
    assertThat(
            same("check", "out/backend/Tushar-Resume-backend.pdf", "--source", "resume.yaml")
                .code())
        .isZero();
    assertThat(same("check", "out/missing.pdf").code()).isEqualTo(1);
    assertThat(same("build", "--help").out()).contains("Usage: vitae build");
  }

  @Test
  void colouredHelpAndErrorsAsPicocliWouldColourThem() throws Exception {
    serve(List.of());
    Map<String, String> force = Map.of("CLICOLOR_FORCE", "1");
    Run coloured = same(force, "build", "--bogus");
    assertThat(coloured.err()).contains("\u001b[");
    Run noColour = same(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), "validate", "--help");
    assertThat(noColour.out()).doesNotContain("\u001b[");
  }

  @Test
  void theTokenFileIsTheOwnersAndAWrongTokenRunsNothing() throws Exception {
    serve(List.of());
    Path file = project.resolve(".vitae/server");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    List<String> fields = Arrays.asList(Files.readString(file).strip().split(" ", -1));
    String port = fields.get(0);
    String reply = request(Integer.parseInt(port), "0".repeat(64), "build");
    assertThat(reply).startsWith("no refused");
    assertThat(project.resolve("out")).doesNotExist();

    Files.writeString(file, port + " " + "0".repeat(64) + " " + fields.get(2) + "\n");
    assertThat(client(Map.of(), "build").code()).isEqualTo(NOT_TAKEN);
    assertThat(project.resolve("out")).doesNotExist();
  }

  @Test
  void whatTheServerWouldRunDifferentlyIsLeftToAColdStart() throws Exception {
    serve(List.of());
    // the date in the PDFs comes from the server's own environment
    assertThat(client(Map.of("SOURCE_DATE_EPOCH", "86400"), "build").code()).isEqualTo(NOT_TAKEN);
    // standard input is not forwarded; other commands are not served
    assertThat(client(Map.of(), "validate", "-").code()).isEqualTo(NOT_TAKEN);
    assertThat(client(Map.of(), "init").code()).isEqualTo(NOT_TAKEN);
    assertThat(project.resolve("out")).doesNotExist();
    // another folder, even with the server's file copied into it
    Path other = Files.createDirectories(project.resolve("sub/.vitae")).getParent();
    Files.copy(project.resolve(".vitae/server"), other.resolve(".vitae/server"));
    assertThat(client(other, Map.of(), "validate", "../resume.yaml").code()).isEqualTo(NOT_TAKEN);
    // a second server for the folder is refused; --stop stops the first
    Run second = cold(Map.of(), "serve");
    assertThat(second.code()).isEqualTo(1);
    assertThat(second.err()).contains("vitae: error: a server already runs for ");
    assertThat(cold(Map.of(), "serve", "--stop").out()).contains("vitae: stopped the server of ");
    assertThat(exited(started.get(0))).isZero();
    assertThat(log()).contains("vitae: server stopped: .vitae/server was removed");
  }

  @Test
  void aDeadServersFileFallsBackToAColdStart() throws Exception {
    Process server = serve(List.of());
    server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(project.resolve(".vitae/server")).exists();
    assertThat(client(Map.of(), "validate").code()).isEqualTo(NOT_TAKEN);
  }

  @Test
  void stopsAfterTheIdleTimeout() throws Exception {
    Process server = serve(List.of(), "--idle-timeout", "2s");
    assertThat(exited(server)).isZero();
    assertThat(log()).contains("vitae: server stopped: no request for 2 s");
    assertThat(project.resolve(".vitae/server")).doesNotExist();
    assertThat(client(Map.of(), "validate").code()).isEqualTo(NOT_TAKEN);
  }

  @Test
  void stopsWhenItsCodeChanges() throws Exception {
    // a copy of vitae's classes, so that "the jar" can change without touching the build's
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path copy = dir.resolve("classes");
    try (Stream<Path> walk = Files.walk(classes)) {
      for (Path p : walk.toList()) {
        Path to = copy.resolve(classes.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    String classPath =
        String.join(
            File.pathSeparator,
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().equals(classes) ? copy.toString() : e)
                .toList());
    Process server = serve(List.of("-Djava.class.path=" + classPath));
    assertThat(run(true, "validate").code()).isZero();
    Files.setLastModifiedTime(
        copy.resolve("dev/vitae/cli/Main.class"), FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(exited(server)).isZero();
    assertThat(log()).contains("vitae: server stopped: vitae changed");
    assertThat(client(Map.of(), "validate").code()).isEqualTo(NOT_TAKEN);
  }

  // ---- helpers

  /** Starts {@code vitae serve} in the project, returns once its file is written. */
  private Process serve(List<String> jvm, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("serve");
    command.addAll(List.of(args));
    List<String> cmd = ChildJvm.command(List.of(), command.toArray(String[]::new));
    if (!jvm.isEmpty()) {
      // -cp is replaced, not added to
      int cp = cmd.indexOf("-cp");
      cmd.set(cp + 1, jvm.get(0).substring("-Djava.class.path=".length()));
    }
    Process p =
        new ProcessBuilder(cmd)
            .directory(project.toFile())
            .redirectOutput(dir.resolve("serve.log").toFile())
            .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("serve.log").toFile()))
            .start();
    started.add(p);
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    // until it says it serves (it may have stopped again already on a slow machine, when idle)
    while (!log().contains("vitae: serving ")) {
      assertThat(p.isAlive() || log().contains("vitae: serving "))
          .as("vitae serve runs: %s", log())
          .isTrue();
      assertThat(System.nanoTime()).as("vitae serve started").isLessThan(until);
      Thread.sleep(50);
    }
    return p;
  }

  private String log() throws IOException {
    return Files.readString(dir.resolve("serve.log"), StandardCharsets.UTF_8);
  }

  private static int exited(Process p) throws InterruptedException {
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).as("the server stopped").isTrue();
    return p.exitValue();
  }

  /** The command cold and through the server: the same, and taken by the server. */
  private Run same(String... args) throws Exception {
    return same(Map.of(), args);
  }

  private Run same(Map<String, String> env, String... args) throws Exception {
    Run cold = cold(env, args);
    Run served = client(env, args);
    assertThat(served.code()).as("taken by the server: %s", served).isNotEqualTo(NOT_TAKEN);
    assertThat(served.timeless()).isEqualTo(cold.timeless());
    return served;
  }

  private Run run(boolean served, String... args) throws Exception {
    if (!served) {
      return cold(Map.of(), args);
    }
    Run r = client(Map.of(), args);
    assertThat(r.code()).as("taken by the server: %s", r).isNotEqualTo(NOT_TAKEN);
    return r;
  }

  /** vitae in a new JVM in the project folder. */
  private Run cold(Map<String, String> env, String... args) throws Exception {
    return exec(project, env, ChildJvm.command(List.of(), args));
  }

  /** The launcher's hand-over, as {@code ./vitae} runs it, in the project folder. */
  private Run client(Map<String, String> env, String... args) throws Exception {
    return client(project, env, args);
  }

  private Run client(Path where, Map<String, String> env, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(List.of("bash", "-c", ". \"$0\"; vitae_serve_request \"$@\""));
    cmd.add(CLIENT.toString());
    cmd.addAll(List.of(args));
    return exec(where, env, cmd);
  }

  private Run exec(Path where, Map<String, String> env, List<String> cmd) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(where.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("%s ended", cmd).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** A request as the launcher sends it, with this token; the reply's text. */
  private String request(int port, String token, String... args) throws IOException {
    List<String> fields = new ArrayList<>(List.of("vitae-serve-1", token, project.toString(), "0"));
    fields.add("0");
    fields.add(String.valueOf(args.length));
    fields.addAll(List.of(args));
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream o = s.getOutputStream();
      for (String f : fields) {
        o.write(f.getBytes(StandardCharsets.UTF_8));
        o.write(0);
      }
      o.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, byte[]> files(Path out) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Path p : OutFiles.of(out)) {
      files.put(out.relativize(p).toString(), Files.readAllBytes(p));
    }
    return files;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
