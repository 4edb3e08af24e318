package dev.vitae.tailor;

import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What a profile keeps and drops of a résumé, counted and named, for {@code vitae variants}. */
public record Changes(List<String> kept, List<String> dropped) {

  public static Changes of(Resume before, Resume after) {
    List<String> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    compare(
        "job", before.work(), after.work(), w -> w.position() + " — " + w.name(), kept, dropped);
    compare(
        "bullet",
        before.work().stream().flatMap(w -> w.highlights().stream()).map(Item::text).toList(),
        after.work().stream().flatMap(w -> w.highlights().stream()).map(Item::text).toList(),
        t -> t,
        kept,
        dropped);
    compare("system", before.systems(), after.systems(), s -> s.name(), kept, dropped);
    compare("dossier", before.dossiers(), after.dossiers(), d -> d.title(), kept, dropped);
    compare("skill group", before.skills(), after.skills(), g -> g.name(), kept, dropped);
    compare(
        "skill",
        before.skills().stream().flatMap(g -> g.keywords().stream()).map(Item::text).toList(),
        after.skills().stream().flatMap(g -> g.keywords().stream()).map(Item::text).toList(),
        t -> t,
        kept,
        dropped);
    compare("note", before.notes(), after.notes(), n -> n.title(), kept, dropped);
    compare("project", before.projects(), after.projects(), p -> p.name(), kept, dropped);
    compare("award", before.awards(), after.awards(), a -> a.title(), kept, dropped);
    compare(
        "metric",
        before.metrics(),
        after.metrics(),
        m -> m.value() + " " + m.label(),
        kept,
        dropped);
    return new Changes(List.copyOf(kept), List.copyOf(dropped));
  }

  private static <T> void compare(
      String noun,
      List<T> before,
      List<T> after,
      Function<T, String> name,
      List<String> kept,
      List<String> dropped) {
    if (before.isEmpty()) {
      return;
    }
    List<String> remaining = new ArrayList<>(after.stream().map(name).toList());
    int keptCount = 0;
    for (T t : before) {
      String n = name.apply(t);
      if (remaining.remove(n)) {
        keptCount++;
      } else {
        dropped.add(noun + " \"" + shorten(n) + "\"");
      }
    }
    kept.add(
        "%d of %d %s%s".formatted(keptCount, before.size(), noun, before.size() == 1 ? "" : "s"));
  }

  private static String shorten(String s) {
    return s.length() <= 70 ? s : s.substring(0, 69) + "…";
  }
}
