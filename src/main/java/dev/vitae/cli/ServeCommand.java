package dev.vitae.cli;

import dev.vitae.pipeline.CodeStamp;
import dev.vitae.pipeline.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Keeps a JVM warm for the launcher: {@code build}, {@code check}, {@code validate} without a
 * start.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Keep vitae running for this folder: while it runs, ./vitae hands build, check and validate",
      "to it instead of starting Java (same output, files and exit codes). Listens on 127.0.0.1",
      "only, with a random token in .vitae/server (readable by you only). Stops after --idle-timeout",
      "without a request, when vitae's jar changes, on Ctrl-C, or with vitae serve --stop."
    },
    footer = {
      "",
      "Examples:",
      "  vitae serve &                  serve this folder in the background",
      "  vitae serve --idle-timeout 2h",
      "  vitae serve --stop"
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--idle-timeout",
      defaultValue = "15m",
      paramLabel = "TIME",
      converter = Time.class,
      description =
          "stop after this long without a request: 90s, 15m, 2h (default: ${DEFAULT-VALUE})")
  Duration idle = Duration.ofMinutes(15);

  @Option(names = "--stop", description = "stop the server of this folder")
  boolean stop;

  @Override
  public Integer call() throws IOException {
    Path folder = Path.of("").toAbsolutePath();
    PrintWriter out = spec.commandLine().getOut();
    Optional<ServerFile> running = ServerFile.read(folder).filter(ServeCommand::answers);
    if (stop) {
      if (running.isEmpty()) {
        Files.deleteIfExists(ServerFile.in(folder));
        out.println("vitae: no server runs for " + folder);
        return 0;
      }
      running.get().removeFrom(folder);
      out.println("vitae: stopped the server of " + folder + " (pid " + running.get().pid() + ")");
      return 0;
    }
    if (running.isPresent()) {
      throw Failure.of(
          new Problem.Environment(
              ServerFile.in(folder),
              "a server already runs for " + folder + " (pid " + running.get().pid() + ")",
              "vitae serve --stop stops it"));
    }
    new Server(folder, idle, CodeStamp.of(Main.class), System.getenv(), argumentCharset())
        .serve(out);
    return 0;
  }

  /** What the JVM decodes its command line with: the locale's encoding. */
  private static Charset argumentCharset() {
    String name = System.getProperty("sun.jnu.encoding", "UTF-8");
    return Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
  }

  /** Whether a live process listens where the file says. */
  private static boolean answers(ServerFile file) {
    if (ProcessHandle.of(file.pid()).isEmpty()) {
      return false;
    }
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), file.port())) {
      return s.isConnected();
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code 90s}, {@code 15m}, {@code 2h}. */
  static String words(Duration d) {
    long s = d.toSeconds();
    return s % 3600 == 0 ? s / 3600 + " h" : s % 60 == 0 ? s / 60 + " min" : s + " s";
  }

  /** A time as a number and a unit: s, m or h. */
  static final class Time implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})([smh])");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.toLowerCase(Locale.ROOT));
      if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
        throw new TypeConversionException(
            "'" + value + "' is not a time: a number and s, m or h, such as 90s, 15m or 2h");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
  }
}
