package dev.vitae.tailor;

import dev.vitae.model.Resume;
import java.util.Set;
import java.util.TreeSet;

/** The tags a résumé uses. */
public final class Vocabulary {

  private Vocabulary() {}

  /** Every tag written on any entry, bullet or keyword: those tailoring acts on. */
  public static Set<String> tags(Resume r) {
    return new TreeSet<>(TagFilter.used(r));
  }
}
