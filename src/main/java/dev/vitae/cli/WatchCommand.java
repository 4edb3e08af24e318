package dev.vitae.cli;

import dev.vitae.model.Resume;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.pipeline.Document;
import dev.vitae.pipeline.DoesNotFit;
import dev.vitae.pipeline.Manifest;
import dev.vitae.pipeline.OutputWriter;
import dev.vitae.pipeline.Plan;
import dev.vitae.pipeline.VariantBuild;
import dev.vitae.pipeline.Vitae;
import dev.vitae.render.TemplateFailure;
import dev.vitae.render.pdf.UncoveredText;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.TailorError;
import dev.vitae.view.Paper;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "resume.yaml",
      paramLabel = "FILE",
      description = "the résumé to watch (default: ${DEFAULT-VALUE})")
  Path file;

  @Option(
      names = "--out",
      defaultValue = "out",
      paramLabel = "DIR",
      description = "where to write (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(
      names = "--paper",
      defaultValue = "letter",
      paramLabel = "SIZE",
      description = "letter or a4")
  String paper;

  @Option(
      names = "--variant",
      paramLabel = "NAME",
      description = "build this variant only (repeatable)")
  List<String> variants = new ArrayList<>();

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "DOC",
      description = "documents to write: resume, dossier, text")
  List<String> only = new ArrayList<>();

  /** For tests and scripts: stop after this many builds (0: never). */
  @Option(names = "--max-builds", hidden = true, defaultValue = "0")
  int maxBuilds;

  private final Map<String, String> lastDigests = new HashMap<>();
  private Vitae vitae;
  private List<String> vitaeFonts;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Paper> size = Paper.parse(paper);
    if (size.isEmpty()) {
      err.println("vitae: error: unknown paper size '" + paper + "'");
      err.println("  hint: use --paper letter or --paper a4");
      return 2;
    }
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    int builds = 0;
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      folder.register(
          watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
      stdout.println("watching " + file + " (Ctrl-C stops)");
      while (true) {
        rebuild(size.get(), stdout, err);
        stdout.flush();
        err.flush();
        if (maxBuilds > 0 && ++builds >= maxBuilds) {
          return 0;
        }
        awaitSave(watcher, absolute.getFileName());
      }
    }
  }

  /** Blocks until the file is written, then lets a burst of writes (an editor's save) settle. */
  private static void awaitSave(WatchService watcher, Path name) throws InterruptedException {
    while (true) {
      WatchKey key = watcher.take();
      boolean ours = false;
      for (WatchEvent<?> e : key.pollEvents()) {
        ours |= name.equals(e.context());
      }
      key.reset();
      if (ours) {
        WatchKey more;
        while ((more = watcher.poll(60, TimeUnit.MILLISECONDS)) != null) {
          more.pollEvents();
          more.reset();
        }
        return;
      }
    }
  }

  private void rebuild(Paper size, PrintWriter stdout, PrintWriter err) throws IOException {
    long start = System.nanoTime();
    var loaded = InputFile.read(file, err);
    if (loaded.isEmpty()) {
      err.println("vitae: kept the last good outputs in " + out + "; waiting for the next save");
      return;
    }
    Resume resume = loaded.get().resume();
    if (vitae == null || !resume.fonts().equals(vitaeFonts)) {
      Vitae.Opened opened = InputFile.open(file, loaded.get(), Optional.empty(), err);
      if (opened.vitae().isEmpty()) {
        err.println("vitae: kept the last good outputs in " + out + "; waiting for the next save");
        return;
      }
      vitae = opened.vitae().get();
      vitaeFonts = resume.fonts();
    }
    List<VariantBuild> built = new ArrayList<>();
    try {
      Plan plan =
          Plan.of(resume, variants, new Profile.Flags(List.of(), List.of(), only, Map.of(), null));
      BuildOptions options = new BuildOptions(size, BuildCommand.buildTime(file));
      for (Profile p : plan.profiles()) {
        built.add(vitae.build(resume, p, options));
      }
    } catch (TailorError | UncoveredText | TemplateFailure e) {
      err.println("vitae: error: " + e.getMessage());
      err.println("vitae: kept the last good outputs in " + out + "; waiting for the next save");
      return;
    } catch (DoesNotFit e) {
      err.println("vitae: error: " + e.overflow().message());
      err.println("vitae: kept the last good outputs in " + out + "; waiting for the next save");
      return;
    }
    if (!ReadBack.passed(built, out, err)) {
      err.println("vitae: kept the last good outputs in " + out + "; waiting for the next save");
      return;
    }
    List<Document> all = OutputWriter.commitBuilds(out, built);
    List<String> changed = new ArrayList<>();
    for (Document d : all) {
      String digest = Manifest.sha256(d.bytes());
      if (!digest.equals(lastDigests.put(d.fileName(), digest)) && !d.kind().equals("manifest")) {
        changed.add(d.fileName());
      }
    }
    stdout.printf(
        "built in %d ms; %s%n",
        Math.round((System.nanoTime() - start) / 1e6),
        changed.isEmpty() ? "nothing changed" : "changed: " + String.join(", ", changed));
  }
}
