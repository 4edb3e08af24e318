package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.source.DiagnosticFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing written is lost without a word: every field JSON Resume has, filled with a word of its
 * own in {@code every-field.yaml}, is printed by some document of a default build (a PDF's text or
 * links, the text, Markdown or web pages), or the build warns that no document prints it. Trying
 * real résumés found a degree's courses, an interest's keywords, a skill's level, a project's roles
 * and its link, and a company's description printed nowhere and not said.
 */
class EveryFieldTest {

  @TempDir Path dir;

  /** What a build says it does not print: the words of these fields need not be in a document. */
  private static final List<String> SAID_UNPRINTED =
      List.of("Trefname", "Trefreference", "Tprojtype");

  @Test
  void everyFieldIsPrintedOrSaidToBeUnprinted() throws IOException {
    String yaml;
    try (InputStream in =
        Objects.requireNonNull(getClass().getResourceAsStream("/every-field.yaml"))) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = Files.writeString(dir.resolve("resume.yaml"), yaml);
    Path out = dir.resolve("out");
    BuildResult.Built built = Letters.built(Pipeline.shipped().build(BuildRequest.of(file, out)));

    StringBuilder printed = new StringBuilder();
    List<Path> files;
    try (Stream<Path> all = Files.walk(out)) {
      files = all.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".pdf")) {
        PdfReadback pdf = PdfReadback.of(Files.readAllBytes(f));
        printed.append(pdf.text()).append('\n').append(String.join("\n", pdf.links()));
      } else if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html")) {
        printed.append(Files.readString(f, StandardCharsets.UTF_8));
      }
      printed.append('\n');
    }

    List<String> lost = new ArrayList<>();
    Matcher word = Pattern.compile("\\bT[a-z]+\\b|https://t[a-z]+\\.org[^\\s\"]*").matcher(yaml);
    while (word.find()) {
      String w = word.group();
      if (!SAID_UNPRINTED.contains(w) && !printed.toString().contains(w)) {
        lost.add(w);
      }
    }
    assertThat(lost).as("words of every-field.yaml in no document").isEmpty();
    assertThat(
            DiagnosticFormatter.format(built.warnings().source(), built.warnings().diagnostics()))
        .contains(
            "warning: references are printed in no document",
            "warning: a project's 'type' is printed in no document");
  }
}
