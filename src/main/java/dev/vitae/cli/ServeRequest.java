package dev.vitae.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Help.Ansi;

/**
 * One command line handed to {@code vitae serve}, as the launcher sends it: fields ended by a NUL
 * byte each, {@code vitae-serve-1}, the token, the working directory, {@code 1} when standard input
 * and output are terminals (else {@code 0}), the number of environment entries and each {@code
 * NAME=VALUE}, the number of arguments and each argument.
 *
 * @param terminal whether the caller's standard input and output are terminals
 * @param env the caller's values of the variables that change what vitae prints or writes
 */
record ServeRequest(
    String token, Path cwd, boolean terminal, Map<String, String> env, List<String> args) {

  static final String MAGIC = "vitae-serve-1";

  /** The variables the launcher sends, when set. */
  static final List<String> VARIABLES =
      List.of(
          "NO_COLOR",
          "CLICOLOR",
          "CLICOLOR_FORCE",
          "SOURCE_DATE_EPOCH",
          "TZ",
          "LANG",
          "LC_ALL",
          "LC_CTYPE");

  private static final int MAX_FIELD = 1 << 16;
  private static final int MAX_COUNT = 4096;

  ServeRequest {
    env = Map.copyOf(env);
    args = List.copyOf(args);
  }

  /**
   * Reads one request; empty when the bytes are not one (another program on the port, a cut
   * connection, a field too long).
   */
  static Optional<ServeRequest> read(InputStream in, Charset charset) throws IOException {
    Fields f = new Fields(in, charset);
    if (!MAGIC.equals(f.next())) {
      return Optional.empty();
    }
    String token = f.next();
    String cwd = f.next();
    String terminal = f.next();
    Integer envCount = f.count();
    if (token == null || cwd == null || terminal == null || envCount == null) {
      return Optional.empty();
    }
    Map<String, String> env = new LinkedHashMap<>();
    for (int i = 0; i < envCount; i++) {
      String entry = f.next();
      int eq = entry == null ? -1 : entry.indexOf('=');
      if (entry == null || eq <= 0) {
        return Optional.empty();
      }
      env.put(entry.substring(0, eq), entry.substring(eq + 1));
    }
    Integer argCount = f.count();
    if (argCount == null) {
      return Optional.empty();
    }
    List<String> args = new ArrayList<>();
    for (int i = 0; i < argCount; i++) {
      String arg = f.next();
      if (arg == null) {
        return Optional.empty();
      }
      args.add(arg);
    }
    return Optional.of(new ServeRequest(token, Path.of(cwd), terminal.equals("1"), env, args));
  }

  /**
   * Colours as picocli chooses them for a process started with this terminal and environment:
   * {@code NO_COLOR} turns them off, {@code CLICOLOR_FORCE} (not 0) on, {@code CLICOLOR=0} off,
   * else on at a terminal.
   */
  Ansi ansi() {
    if (env.containsKey("NO_COLOR")) {
      return Ansi.OFF;
    }
    String force = env.get("CLICOLOR_FORCE");
    if (force != null && !force.equals("0")) {
      return Ansi.ON;
    }
    if ("0".equals(env.get("CLICOLOR"))) {
      return Ansi.OFF;
    }
    return terminal ? Ansi.ON : Ansi.OFF;
  }

  /** NUL-ended fields of a stream. */
  private static final class Fields {
    private final InputStream in;
    private final Charset charset;
    private int read;

    Fields(InputStream in, Charset charset) {
      this.in = in;
      this.charset = charset;
    }

    /** The next field; null at the end of the stream, or past the limits. */
    @org.jspecify.annotations.Nullable
    String next() throws IOException {
      if (++read > 2 * MAX_COUNT) {
        return null;
      }
      ByteArrayOutputStream field = new ByteArrayOutputStream();
      for (int b = in.read(); b != 0; b = in.read()) {
        if (b < 0 || field.size() >= MAX_FIELD) {
          return null;
        }
        field.write(b);
      }
      return field.toString(charset);
    }

    /** The next field as a count; null when it is not one. */
    @org.jspecify.annotations.Nullable
    Integer count() throws IOException {
      String s = next();
      if (s == null || !s.matches("\\d{1,4}") || Integer.parseInt(s) > MAX_COUNT) {
        return null;
      }
      return Integer.parseInt(s);
    }
  }
}
