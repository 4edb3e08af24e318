package dev.vitae.tailor;

import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The tags a résumé uses, and the names a variant may use for sections and documents. */
public final class Vocabulary {

  /** Résumé sections a variant may list, in their default order. */
  public static final List<String> SECTIONS =
      List.of(
          "summary",
          "metrics",
          "work",
          "systems",
          "projects",
          "skills",
          "education",
          "awards",
          "certificates",
          "publications",
          "volunteer",
          "languages",
          "interests");

  /** Documents a variant may ask for: the two PDFs, and the text and Markdown versions of both. */
  public static final List<String> DOCUMENTS = List.of("resume", "dossier", "text");

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
