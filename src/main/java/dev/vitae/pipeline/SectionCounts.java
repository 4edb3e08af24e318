package dev.vitae.pipeline;

import dev.vitae.model.Resume;

/**
 * How many entries a résumé section holds, by its key; used to warn about sections a variant
 * empties.
 */
final class SectionCounts {

  private SectionCounts() {}

  static int count(Resume r, String key) {
    return switch (key) {
      case "summary" -> r.basics().summary() == null ? 0 : 1;
      case "metrics" -> r.metrics().size();
      case "work" -> r.work().size();
      case "systems" -> r.systems().size();
      case "projects" -> r.projects().size();
      case "skills" -> r.skills().size();
      case "education" -> r.education().size();
      case "awards" -> r.awards().size();
      case "certificates" -> r.certificates().size();
      case "publications" -> r.publications().size();
      case "volunteer" -> r.volunteer().size();
      case "languages" -> r.languages().size();
      case "interests" -> r.interests().size();
      default -> 0;
    };
  }
}
