package dev.vitae.view;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The names, titles and contact details a dossier prints, in reading order. Only one-line texts: a
 * paragraph may run across a page break, where the running header and footer stand between its
 * halves in the text layer.
 */
public final class DossierText {

  private DossierText() {}

  public static List<String> headings(DossierView v) {
    List<String> out = new ArrayList<>();
    out.add(v.cover().name());
    out.add(v.cover().label());
    v.cover().contacts().forEach(c -> out.add(c.text()));
    part(out, v.systems(), s -> List.of(s.name()));
    part(out, v.dossiers(), d -> List.of(d.title()));
    part(
        out,
        v.diagrams(),
        f -> {
          List<String> names = new ArrayList<>(List.of(f.title()));
          f.steps().forEach(s -> names.add(s.name()));
          return names;
        });
    part(out, v.notes(), n -> List.of(n.title()));
    part(out, v.skills(), k -> List.of(k.name()));
    part(out, v.work(), e -> List.of(e.title(), e.org()));
    part(out, v.principles(), p -> List.of(p.title()));
    if (v.credentials() != null) {
      out.add(v.credentials().heading().title());
      v.credentials().education().forEach(e -> out.add(e.title()));
      v.credentials().awards().forEach(e -> out.add(e.title()));
    }
    if (v.contact() != null) {
      out.add(v.contact().heading().title());
    }
    return out.stream().filter(s -> s != null && !s.isBlank()).toList();
  }

  private static <T> void part(
      List<String> out,
      DossierView.@Nullable Part<T> part,
      java.util.function.Function<T, List<String>> names) {
    if (part == null || part.items().isEmpty()) {
      return;
    }
    out.add(part.heading().title());
    part.items().forEach(i -> out.addAll(names.apply(i)));
  }
}
