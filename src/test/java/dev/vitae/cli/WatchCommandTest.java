package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `vitae watch`: a build, then one per save; a bad save keeps the last good outputs. */
class WatchCommandTest {

  @TempDir Path dir;
  private Path file;
  private Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeEach
  void firstLabel() throws IOException {
    file = dir.resolve("resume.yaml");
    out = dir.resolve("out");
    Files.writeString(file, GOOD.formatted("First Label"));
  }

  static final String GOOD =
      "basics:\n  name: Ada Example\n  label: %s\nwork:\n  - name: Acme\n    position: Engineer\n";

  @Test
  void rebuildsOnSaveAndKeepsTheLastGoodOutputsOnAnError() throws Exception {
    CompletableFuture<Integer> watch = watch("--only resume --max-builds 3");

    Path pdf = out.resolve("Ada-Example-Resume.pdf");
    awaitText(stdout, "built in ", 1);
    assertThat(text(pdf)).contains("First Label");

    Files.writeString(file, GOOD.formatted("First Label") + "  - postion: typo\n");
    awaitText(stderr, "kept the last good outputs", 1);
    assertThat(stderr.toString())
        .contains("unknown key 'postion' in work[1]", "hint: did you mean 'position'?");
    assertThat(text(pdf)).contains("First Label");

    Files.writeString(file, GOOD.formatted("Second Label"));
    assertThat(watch.get(60, TimeUnit.SECONDS)).isZero();
    assertThat(text(pdf)).contains("Second Label").doesNotContain("First Label");
    assertThat(stdout.toString())
        .startsWith("watching " + file + " (Ctrl-C stops)\n")
        .containsPattern("built in \\d+ ms; changed: Ada-Example-Resume\\.pdf\n")
        .doesNotContain("nothing changed");
  }

  @Test
  void aSaveWhileItRehearsesIsBuiltAtOnce() throws Exception {
    CompletableFuture<Integer> watch = watch("--only resume --rehearsals 100000 --max-builds 2");
    awaitText(stdout, "built in ", 1);
    Path pdf = out.resolve("Ada-Example-Resume.pdf");
    byte[] first = Files.readAllBytes(pdf);
    Thread.sleep(1500); // rehearsing now, and writing nothing
    assertThat(Files.readAllBytes(pdf)).isEqualTo(first);
    Files.writeString(file, GOOD.formatted("Second Label"));
    assertThat(watch.get(30, TimeUnit.SECONDS)).as("%s", stderr).isZero();
    assertThat(text(pdf)).contains("Second Label");
  }

  @Test
  void aSaveRightAfterAnEditOfTheUsersTemplateBuildsWithTheEditedTemplate() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Path template = templates.resolve("resume.txt.ftl");
    Files.writeString(template, "before the edit: ${doc.name}\n");
    CompletableFuture<Integer> watch =
        watch("--only text --templates " + templates.toString() + " --max-builds 2");
    awaitText(stdout, "built in ", 1);
    Path text = out.resolve("Ada-Example-Resume.txt");
    assertThat(text).content().isEqualTo("before the edit: Ada Example\n");

    Files.writeString(template, "after the edit: ${doc.name}\n");
    Files.writeString(file, GOOD.formatted("Second Label"));
    assertThat(watch.get(60, TimeUnit.SECONDS)).as("%s", stderr).isZero();
    assertThat(text).content().isEqualTo("after the edit: Ada Example\n");
  }

  @Test
  void aVariantWithAnUnknownThemeIsAnErrorNotACrash() throws Exception {
    Files.writeString(
        file,
        GOOD.formatted("First Label")
            + "variants:\n  backend:\n    label: Backend\n    theme: fancy\n");
    CliTest.Run r =
        CliTest.run("watch", file.toString(), "--out", out.toString(), "--max-builds", "1");
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "vitae: error: unknown theme 'fancy' in variants.backend.theme\n"
                + "  hint: shipped themes: modern, classic; your own: resume-fancy.ftlx in a folder given with --templates\n"
                + "vitae: kept the last good outputs in "
                + out
                + "; waiting for the next save\n");
    assertThat(out).doesNotExist();
  }

  /**
   * vitae watch of {@code file} into {@code out} with these flags (a space between two), on another
   * thread, printing to {@code stdout} and {@code stderr}.
   */
  private CompletableFuture<Integer> watch(String flags) {
    String[] args = flags.split(" ", -1);
    String[] line = new String[args.length + 4];
    line[0] = "watch";
    line[1] = file.toString();
    line[2] = "--out";
    line[3] = out.toString();
    System.arraycopy(args, 0, line, 4, args.length);
    return CompletableFuture.supplyAsync(
        () -> Main.run(new PrintWriter(stdout, true), new PrintWriter(stderr, true), line));
  }

  static String text(Path pdf) throws IOException {
    return PdfReadback.of(Files.readAllBytes(pdf)).text();
  }

  static void awaitText(StringWriter w, String text, int times) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end) {
      if (w.toString().split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("waited for '" + text + "' in:\n" + w);
  }
}
