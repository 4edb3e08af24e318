package dev.vitae.tailor;

import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The tags a résumé uses. */
public final class Vocabulary {

  private Vocabulary() {}

  /** Every tag written on any entry, bullet or keyword. */
  public static Set<String> tags(Resume r) {
    Set<String> tags = new TreeSet<>();
    r.metrics().forEach(x -> tags.addAll(x.tags()));
    r.work()
        .forEach(
            x -> {
              tags.addAll(x.tags());
              items(x.highlights(), tags);
            });
    r.volunteer().forEach(x -> tags.addAll(x.tags()));
    r.education().forEach(x -> tags.addAll(x.tags()));
    r.awards().forEach(x -> tags.addAll(x.tags()));
    r.certificates().forEach(x -> tags.addAll(x.tags()));
    r.publications().forEach(x -> tags.addAll(x.tags()));
    r.skills()
        .forEach(
            x -> {
              tags.addAll(x.tags());
              items(x.keywords(), tags);
            });
    r.projects()
        .forEach(
            x -> {
              tags.addAll(x.tags());
              items(x.highlights(), tags);
            });
    r.systems().forEach(x -> tags.addAll(x.tags()));
    r.dossiers()
        .forEach(
            x -> {
              tags.addAll(x.tags());
              items(x.operations(), tags);
              items(x.decisions(), tags);
            });
    r.diagrams().forEach(x -> tags.addAll(x.tags()));
    r.notes().forEach(x -> tags.addAll(x.tags()));
    r.principles().forEach(x -> tags.addAll(x.tags()));
    items(r.basics().focus(), tags);
    return tags;
  }

  private static void items(List<Item> items, Set<String> into) {
    items.forEach(i -> into.addAll(i.tags()));
  }
}
