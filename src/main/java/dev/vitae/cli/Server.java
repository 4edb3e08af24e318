package dev.vitae.cli;

import dev.vitae.fit.FitMemory;
import dev.vitae.pipeline.CodeStamp;
import dev.vitae.pipeline.Pipeline;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import picocli.CommandLine;

/**
 * A warm JVM that runs vitae's command line for the launcher: listens on 127.0.0.1 at a free port,
 * named with a random token in {@code .vitae/server} (mode 0600); each request ({@link
 * ServeRequest}) runs the same picocli command line as a cold start, its output streamed back as a
 * {@link Reply}, one command at a time. It takes only commands it can run exactly as a cold start
 * would: {@code build}, {@code check} and {@code validate}, in its own folder (relative paths
 * resolve against it), with the same values of the variables the JVM reads itself; for anything
 * else it answers {@code no} and the launcher starts vitae. It stops after {@code idle} without a
 * request, when its code file changes, or when its {@code .vitae/server} is removed.
 */
final class Server {

  /** The commands a server runs. */
  static final Set<String> COMMANDS = Set.of("build", "check", "validate");

  /**
   * Variables read by the JVM or the pipeline themselves (the date in PDFs, time zone, locale): a
   * request whose values differ is started cold.
   */
  private static final Set<String> FIXED =
      Set.of("SOURCE_DATE_EPOCH", "TZ", "LANG", "LC_ALL", "LC_CTYPE");

  private static final int TICK_MILLIS = 250;

  private final Path folder;
  private final Duration idle;
  private final CodeStamp code;
  private final Map<String, String> env;
  private final Charset arguments;
  private final String token;
  private final ReentrantLock oneAtATime = new ReentrantLock(true);
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong lastActive = new AtomicLong(System.nanoTime());
  // Used one command at a time: its engine (templates, fonts, parsed style sheets) and the answers
  // of its fits are kept from request to request.
  private final Pipeline pipeline = Pipeline.shipped(FitMemory.create());

  /**
   * @param folder the project's folder, the process's working directory
   * @param env the process's environment
   * @param arguments what the caller's arguments and folder name are encoded in (the locale's
   *     encoding, as the JVM decodes its command line)
   */
  Server(Path folder, Duration idle, CodeStamp code, Map<String, String> env, Charset arguments) {
    this.folder = folder;
    this.idle = idle;
    this.code = code;
    this.env = Map.copyOf(env);
    this.arguments = arguments;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.token = HexFormat.of().formatHex(secret);
  }

  /** Serves until a reason to stop, which it prints on {@code log}. */
  void serve(PrintWriter log) throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      socket.setSoTimeout(TICK_MILLIS);
      ServerFile file = new ServerFile(socket.getLocalPort(), token, ProcessHandle.current().pid());
      file.write(folder);
      Thread cleanup = new Thread(() -> remove(file));
      Runtime.getRuntime().addShutdownHook(cleanup);
      log.printf(
          "vitae: serving %s on 127.0.0.1:%d (pid %d); stops after %s without a request, or with"
              + " vitae serve --stop%n",
          folder, socket.getLocalPort(), file.pid(), ServeCommand.words(idle));
      log.flush();
      String why = reasonToStop(file);
      for (; why.isEmpty(); why = reasonToStop(file)) {
        try {
          Socket client = socket.accept();
          running.incrementAndGet();
          Thread.ofPlatform().daemon().name("vitae-serve-request").start(() -> handle(client));
        } catch (SocketTimeoutException e) {
          // a tick: look at the reasons to stop again
        }
      }
      Runtime.getRuntime().removeShutdownHook(cleanup);
      remove(file);
      log.println("vitae: server stopped: " + why);
      log.flush();
    }
  }

  private void remove(ServerFile file) {
    try {
      file.removeFrom(folder);
    } catch (IOException e) {
      // nothing to do: a stale file is found dead and ignored by the launcher
    }
  }

  /** Why to stop now; empty to go on. */
  private String reasonToStop(ServerFile file) {
    if (running.get() == 0 && System.nanoTime() - lastActive.get() > idle.toNanos()) {
      return "no request for " + ServeCommand.words(idle);
    }
    if (code.changed()) {
      return "vitae changed (" + code.file() + "); the next command starts the new one";
    }
    if (!file.isCurrent(folder)) {
      return ServerFile.NAME + " was removed";
    }
    return "";
  }

  private void handle(Socket client) {
    try (client) {
      client.setSoTimeout(10_000);
      Reply reply =
          new Reply(new BufferedOutputStream(client.getOutputStream()), StandardCharsets.UTF_8);
      Optional<ServeRequest> read =
          ServeRequest.read(new BufferedInputStream(client.getInputStream()), arguments);
      if (read.isEmpty() || !sameToken(read.get().token())) {
        reply.decline("refused: not a request with this server's token");
        return;
      }
      ServeRequest request = read.get();
      String why = declines(request);
      if (!why.isEmpty()) {
        reply.decline(why);
        return;
      }
      reply.accept();
      client.setSoTimeout(0);
      oneAtATime.lock();
      try {
        reply.exit(run(request, reply));
      } finally {
        oneAtATime.unlock();
      }
    } catch (IOException e) {
      // the client went away; nothing was run, or what ran had nobody left to tell
    } finally {
      lastActive.set(System.nanoTime());
      running.decrementAndGet();
    }
  }

  private boolean sameToken(String given) {
    return MessageDigest.isEqual(given.getBytes(arguments), token.getBytes(arguments));
  }

  /** Why this server does not run the request as a cold start would; empty when it does. */
  private String declines(ServeRequest request) {
    if (request.args().isEmpty() || !COMMANDS.contains(request.args().get(0))) {
      return "not a command the server runs";
    }
    if (request.args().contains("-")) {
      return "reads standard input";
    }
    if (!sameFolder(request.cwd())) {
      return "another folder";
    }
    for (String name : FIXED) {
      if (!Objects.equals(request.env().get(name), env.get(name))) {
        return name + " differs";
      }
    }
    if (code.changed()) {
      return "vitae changed";
    }
    return "";
  }

  private boolean sameFolder(Path cwd) {
    try {
      return cwd.isAbsolute() && cwd.toRealPath().equals(folder.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs the command line as {@link Main} does, with the caller's colours. */
  private int run(ServeRequest request, Reply reply) {
    PrintWriter out = new PrintWriter(reply.writer('o'), true);
    PrintWriter err = new PrintWriter(reply.writer('e'), true);
    try {
      String[] args = request.args().toArray(String[]::new);
      CommandLine cli = Main.commandLine(Main.today(), pipeline, out, err, args);
      cli.setColorScheme(CommandLine.Help.defaultColorScheme(request.ansi()));
      return cli.execute(args);
    } catch (RuntimeException e) {
      err.println("vitae: internal error: " + e);
      return Errors.FAILURE;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
