package dev.vitae.tailor;

import java.util.List;

/** Whether an entry with some tags stays in a variant. */
record Tags(List<String> include, List<String> exclude) {

  /**
   * Excluded tags always drop an entry; when a variant includes tags, a tagged entry must carry one
   * of them, and an untagged entry stays (it belongs to every variant).
   */
  boolean keeps(List<String> tags) {
    if (tags.stream().anyMatch(exclude::contains)) {
      return false;
    }
    return include.isEmpty() || tags.isEmpty() || tags.stream().anyMatch(include::contains);
  }

  /** Whether an entry carries a tag the variant includes, and so leads its list. */
  boolean leads(List<String> tags) {
    return tags.stream().anyMatch(include::contains);
  }

  /**
   * Jobs stay unless excluded: a variant filters a job's bullets but never leaves a gap in the
   * timeline.
   */
  boolean keepsJob(List<String> tags) {
    return tags.stream().noneMatch(exclude::contains);
  }
}
