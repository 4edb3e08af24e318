package dev.vitae.pipeline;

import dev.vitae.model.Resume;
import dev.vitae.model.ResumeSection;

/**
 * How many entries a résumé section holds, by its section; used to warn about sections a variant
 * empties.
 */
final class SectionCounts {

  private SectionCounts() {}

  static int count(Resume r, ResumeSection section) {
    return switch (section) {
      case SUMMARY -> r.basics().summary() == null ? 0 : 1;
      case METRICS -> r.metrics().size();
      case WORK -> r.work().size();
      case SYSTEMS -> r.systems().size();
      case PROJECTS -> r.projects().size();
      case SKILLS -> r.skills().size();
      case EDUCATION -> r.education().size();
      case AWARDS -> r.awards().size();
      case CERTIFICATES -> r.certificates().size();
      case PUBLICATIONS -> r.publications().size();
      case VOLUNTEER -> r.volunteer().size();
      case LANGUAGES -> r.languages().size();
      case INTERESTS -> r.interests().size();
    };
  }
}
