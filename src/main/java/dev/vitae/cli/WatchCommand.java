package dev.vitae.cli;

import dev.vitae.fit.FitMemory;
import dev.vitae.pipeline.BuildResult;
import dev.vitae.pipeline.Document;
import dev.vitae.pipeline.Manifest;
import dev.vitae.pipeline.Pipeline;
import dev.vitae.pipeline.VariantBuild;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Rebuilds on every save of resume.yaml, keeping the last good outputs when an edit has errors. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Build, then rebuild whenever resume.yaml is saved: prints which files changed and",
      "how long it took; an edit with errors prints them and keeps the last good outputs. Ctrl-C stops."
    },
    footer = {
      "",
      "Examples:",
      "  vitae watch",
      "  vitae watch resume.yaml --only resume --variant backend"
    })
final class WatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ResumeFile input;

  @Mixin BuildFlags flags;

  @Option(
      names = {"-v", "--verbose"},
      description = "after each rebuild, the fit report and the time of every stage")
  boolean verbose;

  /**
   * How many builds to rehearse, unwritten, while waiting for the first save: about what the JIT
   * needs to compile a rebuild's code (measured in the README, Performance).
   */
  @Option(names = "--rehearsals", hidden = true, defaultValue = "40")
  int rehearsals;

  /** For tests and scripts: stop after this many builds (0: never). */
  @Option(names = "--max-builds", hidden = true, defaultValue = "0")
  int maxBuilds;

  private final Map<String, String> lastDigests = new HashMap<>();
  // earlier fits' answers and ladder steps: a save rebuilds from them (one to three layouts)
  private final Pipeline pipeline = Pipeline.shipped(FitMemory.create());

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path absolute = input.file.toAbsolutePath();
    Path folder = Objects.requireNonNull(absolute.getParent(), "a file has a folder");
    int builds = 0;
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      folder.register(
          watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
      stdout.println("watching " + input.file + " (Ctrl-C stops)");
      boolean saved = false;
      while (true) {
        boolean built = rebuild(stdout, err);
        stdout.flush();
        err.flush();
        builds++;
        if (maxBuilds > 0 && builds >= maxBuilds) {
          return 0;
        }
        if (built && builds == 1) {
          saved = rehearse(watcher, absolute.getFileName());
        }
        if (saved) {
          settle(watcher);
          saved = false;
        } else {
          awaitSave(watcher, absolute.getFileName());
        }
      }
    }
  }

  /**
   * Rehearses the build until the file is saved or the rehearsals are done.
   *
   * @return whether the file was saved meanwhile
   */
  private boolean rehearse(WatchService watcher, Path name) {
    for (int i = 0; i < rehearsals; i++) {
      WatchKey key = watcher.poll();
      if (key != null && ours(key, name)) {
        return true;
      }
      if (!pipeline.rehearse(flags.request(input.file))) {
        return false;
      }
    }
    return false;
  }

  /** Blocks until the file is written, then lets a burst of writes (an editor's save) settle. */
  private static void awaitSave(WatchService watcher, Path name) throws InterruptedException {
    while (!ours(watcher.take(), name)) {
      // another file of the folder
    }
    settle(watcher);
  }

  private static boolean ours(WatchKey key, Path name) {
    boolean ours = false;
    for (WatchEvent<?> e : key.pollEvents()) {
      ours |= name.equals(e.context());
    }
    key.reset();
    return ours;
  }

  /** Waits until the folder has been quiet for 60 ms: an editor's save is a burst of writes. */
  private static void settle(WatchService watcher) throws InterruptedException {
    WatchKey more;
    while ((more = watcher.poll(60, TimeUnit.MILLISECONDS)) != null) {
      more.pollEvents();
      more.reset();
    }
  }

  /** Builds and says so; whether the file built. */
  private boolean rebuild(PrintWriter stdout, PrintWriter err) {
    long start = System.nanoTime();
    BuildResult result = pipeline.build(flags.request(input.file));
    if (!(result instanceof BuildResult.Built built)) {
      Errors.print(((BuildResult.Failed) result).problems(), err);
      err.println(
          "vitae: kept the last good outputs in " + flags.out() + "; waiting for the next save");
      return false;
    }
    Errors.print(List.of(built.warnings()), err);
    List<String> changed = new ArrayList<>();
    for (Document d : built.written()) {
      String digest = Manifest.sha256(d.bytes());
      if (!digest.equals(lastDigests.put(d.fileName(), digest)) && !d.kind().equals("manifest")) {
        changed.add(d.fileName());
      }
    }
    stdout.printf(
        Locale.ROOT,
        "built in %d ms; %s%n",
        Math.round((System.nanoTime() - start) / 1e6),
        changed.isEmpty() ? "nothing changed" : "changed: " + String.join(", ", changed));
    if (verbose) {
      for (VariantBuild b : built.builds()) {
        b.fit()
            .ifPresent(
                f ->
                    stdout.println(
                        "  " + (b.variant().isEmpty() ? "" : b.variant() + " ") + f.summary()));
        stdout.println("  stages: " + BuildReport.stages(b.stages()));
      }
      stdout.printf(
          Locale.ROOT,
          "stages: load+validate %d ms, write %d ms%n",
          built.loadMillis(),
          built.writeMillis());
    }
    return true;
  }
}
