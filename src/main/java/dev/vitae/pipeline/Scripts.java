package dev.vitae.pipeline;

import dev.vitae.load.SourceMap;
import dev.vitae.model.Records;
import dev.vitae.model.Resume;
import dev.vitae.render.pdf.FontCoverage;
import dev.vitae.render.pdf.UncoveredText;
import dev.vitae.source.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Before any PDF is written: every character of every value that can reach a page must be drawn by
 * a registered font, in a script vitae can lay out. Each problem points at its value.
 */
final class Scripts {

  /** Fields that name things (tags, ids, files) and never reach a page. */
  private static final Set<String> NOT_SHOWN =
      Set.of(
          "$schema",
          "image",
          "fonts",
          "tags",
          "include",
          "exclude",
          "documents",
          "filename",
          "id",
          "dossier",
          "fit");

  private final FontCoverage coverage;
  private final SourceMap map;
  private final List<Diagnostic> found = new ArrayList<>();

  private Scripts(FontCoverage coverage, SourceMap map) {
    this.coverage = coverage;
    this.map = map;
  }

  static List<Diagnostic> check(Resume resume, SourceMap map, FontCoverage coverage) {
    Scripts s = new Scripts(coverage, map);
    s.walk(resume, "");
    return List.copyOf(s.found);
  }

  private void walk(@Nullable Object value, String path) {
    switch (value) {
      case null -> {}
      case String s -> text(s, path);
      case List<?> list -> {
        for (int i = 0; i < list.size(); i++) {
          walk(list.get(i), path + "[" + i + "]");
        }
      }
      case Map<?, ?> m -> m.forEach((k, v) -> walk(v, path + "." + k)); // keys are ids, never shown
      case Record r -> {
        for (Records.Field f : Records.fields(r.getClass())) {
          if (NOT_SHOWN.contains(f.key())) {
            continue;
          }
          walk(f.of(r), path.isEmpty() ? f.key() : path + "." + f.key());
        }
      }
      default -> {}
    }
  }

  private void text(String s, String path) {
    List<Integer> unshaped = FontCoverage.unshaped(s);
    if (!unshaped.isEmpty()) {
      found.add(
          Diagnostic.error(
              map.at(path), UncoveredText.unshapedMessage(unshaped), UncoveredText.UNSHAPED_HINT));
      return;
    }
    List<Integer> missing = coverage.uncovered(s);
    if (!missing.isEmpty()) {
      found.add(
          Diagnostic.error(
              map.at(path), UncoveredText.missingMessage(missing), UncoveredText.MISSING_HINT));
    }
  }
}
