package dev.vitae.tailor;

import dev.vitae.load.SourceMap;
import dev.vitae.load.Suggestions;
import dev.vitae.model.Places;
import dev.vitae.model.Resume;
import dev.vitae.model.Variant;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the variants written in resume.yaml: their tags exist and their file names are patterns.
 */
public final class VariantRules {

  private VariantRules() {}

  public static List<Diagnostic> check(Resume resume, SourceMap map) {
    List<Diagnostic> out = new ArrayList<>();
    Set<String> tags = Vocabulary.tags(resume);
    for (Map.Entry<String, Variant> e : resume.variants().entrySet()) {
      String at = "variants." + e.getKey();
      Variant v = e.getValue();
      names(out, map, at + ".include", v.include(), tags, "tag");
      names(out, map, at + ".exclude", v.exclude(), tags, "tag");
      if (v.filename() != null) {
        filename(out, map.at(at + ".filename"), v.filename());
      }
    }
    return List.copyOf(out);
  }

  /** The places a {@code filename:} pattern may hold. */
  private static final List<String> PLACES = List.of("name", "document", "variant");

  /** Whether a {@code filename:} pattern can be filled; {@link #check} says why not. */
  public static boolean isPattern(String pattern) {
    List<Diagnostic> out = new ArrayList<>();
    filename(out, Position.START, pattern);
    return out.isEmpty();
  }

  /**
   * A {@code filename:} pattern is read as every word with places ({@link Places}, ICU's message
   * syntax): only its three places, braces that pair up, and no folder separators.
   */
  private static void filename(List<Diagnostic> out, Position at, String pattern) {
    if (pattern.contains("/") || pattern.contains("\\") || pattern.contains("..")) {
      out.add(
          Diagnostic.error(
              at,
              "file name pattern '%s' names a folder; it may hold only a file name"
                  .formatted(pattern),
              "leave out '/', '\\' and '..', e.g. {name}-{document}-{variant}"));
      return;
    }
    List<String> names;
    try {
      names = Places.names(pattern);
    } catch (IllegalArgumentException e) {
      out.add(
          Diagnostic.error(
              at,
              "file name pattern '%s': %s".formatted(pattern, e.getMessage()),
              "a place is one of {name}, {document}, {variant}; e.g. {name}-{document}-{variant}"));
      return;
    }
    for (String place : names) {
      if (!PLACES.contains(place)) {
        out.add(
            Diagnostic.error(
                at,
                "unknown place '{%s}' in file name pattern '%s'".formatted(place, pattern),
                Suggestions.closest(place, PLACES)
                    .map(k -> "did you mean '{" + k + "}'?")
                    .orElse("the places are {name}, {document} and {variant}")));
        return;
      }
    }
  }

  private static void names(
      List<Diagnostic> out,
      SourceMap map,
      String path,
      List<String> given,
      Collection<String> known,
      String what) {
    for (int i = 0; i < given.size(); i++) {
      String name = given.get(i);
      if (!known.contains(name)) {
        out.add(
            Diagnostic.error(
                map.at(path + "[" + i + "]"),
                "unknown %s '%s'".formatted(what, name),
                Suggestions.closest(name, known)
                    .map(s -> "did you mean '" + s + "'?")
                    .orElse("known %ss: %s".formatted(what, String.join(", ", known)))));
      }
    }
  }
}
