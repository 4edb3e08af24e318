package dev.vitae.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.cli.Main;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.Plan;
import dev.vitae.pipeline.SourceText;
import dev.vitae.tailor.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Résumés built through the command line, each with what its read-back must find. */
final class AtsBuilds {

  /** One résumé PDF and the expectation its source gives it. */
  @SuppressWarnings("ArrayRecordComponent") // the PDF's bytes, read once, never compared
  record Built(String file, byte[] pdf, Expectation expected) {
    @Override
    public String toString() {
      return file;
    }
  }

  private AtsBuilds() {}

  /**
   * Every résumé PDF {@code vitae build SOURCE --out OUT ARGS…} writes, named by its path from the
   * folder above OUT.
   */
  static List<Built> build(Path source, Path out, String... args) {
    run(source, out, args);
    return collect(source, out);
  }

  /** Runs {@code vitae build SOURCE --out OUT ARGS…}, which must succeed. */
  static void run(Path source, Path out, String... args) {
    List<String> command =
        new ArrayList<>(List.of("build", source.toString(), "--out", out.toString(), "--quiet"));
    command.addAll(List.of(args));
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            command.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
  }

  /** Every résumé PDF built from SOURCE in OUT. */
  static List<Built> collect(Path source, Path out) {
    try {
      Resume resume = Samples.load(source.getFileName().toString(), Files.readAllBytes(source));
      Map<String, Expectation> expected =
          SourceText.expectations(resume, Plan.of(resume, List.of(), Profile.Flags.NONE), Map.of());
      return dev.vitae.OutFiles.of(out).stream()
          .filter(f -> f.toString().endsWith(".pdf") && expected.containsKey(name(out, f)))
          .filter(f -> !expected.get(name(out, f)).fields().isEmpty())
          .sorted()
          .map(
              f ->
                  new Built(
                      out.getParent().relativize(f).toString(),
                      read(f),
                      expected.get(name(out, f))))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path out, Path f) {
    return out.relativize(f).toString().replace('\\', '/');
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
