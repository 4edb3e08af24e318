package dev.vitae.pipeline;

import dev.vitae.load.Suggestions;
import dev.vitae.model.DocumentKind;
import dev.vitae.model.Keyed;
import dev.vitae.model.Resume;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.TailorError;
import dev.vitae.tailor.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which variants one build makes. */
public record Plan(List<Profile> profiles) {

  public Plan {
    profiles = List.copyOf(profiles);
  }

  /**
   * No variant named and no flags: the base documents and every variant. Flags alone: the base
   * documents tailored by the flags. Variants named: those, each with the flags laid over it.
   */
  public static Plan of(Resume resume, List<String> variants, Profile.Flags flags) {
    Set<String> tags = Vocabulary.tags(resume);
    checkNames("tag", flags.tags(), tags);
    checkNames("tag", flags.excludeTags(), tags);
    checkNames("document", flags.only(), Keyed.keys(DocumentKind.class));
    checkNames("variant", variants, resume.variants().keySet());
    List<Profile> out = new ArrayList<>();
    if (variants.isEmpty()) {
      out.add(Profile.of("", null, flags));
      if (flags.isEmpty()) {
        resume.variants().forEach((name, v) -> out.add(Profile.of(name, v, flags)));
      }
    } else {
      for (String name : variants) {
        out.add(Profile.of(name, resume.variants().get(name), flags));
      }
    }
    return new Plan(out);
  }

  private static void checkNames(
      String what, List<String> given, java.util.Collection<String> known) {
    for (String name : given) {
      if (!known.contains(name)) {
        throw new TailorError(
            "unknown %s '%s'".formatted(what, name),
            Suggestions.closest(name, known)
                .map(s -> "did you mean '" + s + "'?")
                .orElse(
                    known.isEmpty()
                        ? "resume.yaml defines no %ss".formatted(what)
                        : "known %ss: %s".formatted(what, String.join(", ", known))));
      }
    }
  }
}
