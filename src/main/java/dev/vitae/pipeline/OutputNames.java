package dev.vitae.pipeline;

import dev.vitae.load.SourceMap;
import dev.vitae.model.Resume;
import dev.vitae.model.Variant;
import dev.vitae.source.Diagnostic;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.VariantRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a build gives its outputs, checked before anything is laid out: a variant's name
 * becomes a folder in {@code out/} and its {@code filename:} pattern the names of its files, so
 * each must be a plain name (no {@code ..}, {@code /}, space or leading dot) and no two documents
 * may get one name.
 */
final class OutputNames {

  /** A variant's name: a folder name that every file system and shell takes as it is. */
  private static final Pattern VARIANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,59}");

  /** A file name without its extension. */
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

  private OutputNames() {}

  static List<Diagnostic> check(Resume resume, SourceMap map) {
    List<Diagnostic> out = new ArrayList<>();
    Map<String, String> folded = new HashMap<>();
    for (Map.Entry<String, Variant> e : resume.variants().entrySet()) {
      String name = e.getKey();
      String at = "variants." + name;
      if (!VARIANT.matcher(name).matches()) {
        out.add(
            Diagnostic.error(
                map.at(at),
                name.isEmpty()
                    ? "a variant needs a name"
                    : "variant name '%s' cannot be a folder name in out/".formatted(name),
                "use letters, digits, '-' and '_', e.g. '%s'".formatted(suggestion(name))));
        continue;
      }
      String twin = folded.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      if (twin != null) {
        out.add(
            Diagnostic.error(
                map.at(at),
                "variants '%s' and '%s' differ only in capitals".formatted(twin, name),
                "on macOS and Windows they would write into one folder; rename one of them"));
        continue;
      }
      String given = e.getValue().filename();
      if (given != null && !VariantRules.isPattern(given)) {
        continue; // said by VariantRules
      }
      Profile profile = Profile.of(name, e.getValue(), Profile.Flags.NONE);
      String resumeFile = Vitae.fileBase(resume, profile, "Resume");
      String dossierFile = Vitae.fileBase(resume, profile, "Dossier");
      String pattern = e.getValue().filename();
      for (String file : List.of(resumeFile, dossierFile)) {
        if (!FILE.matcher(file).matches() || file.contains("..")) {
          out.add(
              Diagnostic.error(
                  map.at(at + ".filename"),
                  "file name pattern '%s' gives the file name '%s'".formatted(pattern, file),
                  "start it with {name} or a letter, e.g. {name}-{document}-{variant}"));
          break;
        }
      }
      if (resumeFile.equals(dossierFile)) {
        out.add(
            Diagnostic.error(
                map.at(at + ".filename"),
                "file name pattern '%s' gives the résumé and the dossier one name, '%s'"
                    .formatted(pattern, resumeFile),
                "put {document} in it, e.g. {name}-{document}-{variant}"));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The file bases a whole build of {@code resume} writes, folder included ({@code Ada-Resume},
   * {@code backend/Ada-Dossier-backend}): what {@code --clean} keeps.
   */
  static Set<String> bases(Resume resume) {
    Set<String> out = new HashSet<>();
    List<Profile> profiles = new ArrayList<>();
    profiles.add(Profile.of("", null, Profile.Flags.NONE));
    resume.variants().forEach((name, v) -> profiles.add(Profile.of(name, v, Profile.Flags.NONE)));
    for (Profile p : profiles) {
      String folder = p.isBase() ? "" : p.name() + "/";
      out.add(folder + Vitae.fileBase(resume, p, "Resume"));
      out.add(folder + Vitae.fileBase(resume, p, "Dossier"));
    }
    return out;
  }

  /** A name like the one written that is a folder name: "Back End" → "back-end". */
  static String suggestion(String name) {
    String slug =
        FileNames.safe(name.toLowerCase(Locale.ROOT).strip())
            .replace('.', '-')
            .replaceAll("-{2,}", "-")
            .replaceAll("^[-_]+|[-_]+$", "");
    return slug.isEmpty() ? "variant-1" : slug.length() > 60 ? slug.substring(0, 60) : slug;
  }
}
