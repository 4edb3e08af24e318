package dev.vitae;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * vitae's {@code Main} in a separate JVM with the tests' class path: for what must not happen in
 * the test JVM itself (running out of a small heap, being killed).
 */
public final class ChildJvm {

  /** What a finished child printed and returned. */
  public record Result(int code, String out, String err) {}

  private ChildJvm() {}

  /** The command that starts vitae with these JVM options and arguments. */
  public static List<String> command(List<String> jvmOptions, String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(jvmOptions);
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("dev.vitae.cli.Main");
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Starts vitae; standard output and error go to files in {@code dir}. */
  public static Process start(Path dir, List<String> jvmOptions, String... args)
      throws IOException {
    return new ProcessBuilder(command(jvmOptions, args))
        .redirectOutput(dir.resolve("child.out").toFile())
        .redirectError(dir.resolve("child.err").toFile())
        .start();
  }

  /** Runs vitae to its end (at most two minutes). */
  public static Result run(Path dir, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    Process p = start(dir, jvmOptions, args);
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("vitae did not end within two minutes: " + List.of(args));
    }
    return new Result(
        p.exitValue(),
        Files.readString(dir.resolve("child.out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8));
  }
}
