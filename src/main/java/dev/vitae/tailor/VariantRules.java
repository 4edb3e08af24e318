package dev.vitae.tailor;

import dev.vitae.load.SourceMap;
import dev.vitae.load.Suggestions;
import dev.vitae.model.Resume;
import dev.vitae.model.Variant;
import dev.vitae.source.Diagnostic;
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
        String unknown = v.filename().replaceAll("\\{(name|document|variant)}", "");
        if (unknown.contains("{")
            || unknown.contains("}")
            || v.filename().contains("/")
            || v.filename().contains("\\")
            || v.filename().contains("..")) {
          out.add(
              Diagnostic.error(
                  map.at(at + ".filename"),
                  "file name pattern '%s' may use only {name}, {document} and {variant}"
                      .formatted(v.filename()),
                  "for example: {name}-{document}-{variant}"));
        }
      }
    }
    return List.copyOf(out);
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
