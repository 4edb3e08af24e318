package dev.vitae.view;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a dossier prints, in reading order: its names, titles and contact details ({@link
 * #headings}), which a PDF must hold in order, and every string of it ({@link #strings}), which a
 * Word copy must. Only the PDF is held to one-line texts: there a paragraph may run across a page
 * break, where the running header and footer stand between its halves in the text layer.
 */
public final class DossierText {

  private DossierText() {}

  public static List<String> headings(DossierView v) {
    List<String> out = new ArrayList<>();
    out.add(v.cover().name());
    out.add(v.cover().label());
    v.cover().contacts().forEach(c -> out.add(c.text()));
    part(out, v.systems(), s -> List.of(s.name()));
    part(
        out,
        v.dossiers(),
        d -> {
          List<String> names = new ArrayList<>(List.of(d.title()));
          names.addAll(boxes(d.flow(), false));
          return names;
        });
    part(
        out,
        v.diagrams(),
        f -> {
          List<String> names = new ArrayList<>(List.of(f.title()));
          names.addAll(boxes(f.steps(), false));
          return names;
        });
    part(out, v.notes(), n -> List.of(n.title()));
    part(out, v.skills(), k -> List.of(k.name()));
    part(out, v.work(), e -> List.of(e.title(), e.org()));
    part(out, v.projects(), e -> List.of(e.title(), e.org()));
    part(out, v.principles(), p -> List.of(p.title()));
    if (v.credentials() != null) {
      out.add(v.credentials().heading().title());
      v.credentials().education().forEach(e -> out.add(e.title()));
      v.credentials().awards().forEach(e -> out.add(e.title()));
      if (!v.credentials().languages().isEmpty()) {
        out.add(v.credentials().languagesTitle());
        out.addAll(v.credentials().languages());
      }
    }
    if (v.contact() != null) {
      out.add(v.contact().heading().title());
    }
    return out.stream().filter(s -> s != null && !s.isBlank()).toList();
  }

  /**
   * Every string of the dossier in the order a Word copy holds them: the cover, then each part's
   * heading and items (the contents page, which a word processor makes itself, left out).
   */
  public static List<String> strings(DossierView v) {
    List<String> out = new ArrayList<>();
    DossierView.Cover cv = v.cover();
    out.addAll(List.of(cv.name(), cv.label(), cv.headline(), cv.summary()));
    cv.metrics().forEach(m -> out.addAll(List.of(m.value(), m.label(), m.context())));
    out.addAll(cv.focus());
    cv.contacts().forEach(c -> out.add(c.text()));
    every(
        out,
        v.systems(),
        s ->
            List.of(
                s.name(),
                s.category(),
                s.metric(),
                s.organisation(),
                s.summary(),
                s.dossierTitle()));
    every(
        out,
        v.dossiers(),
        d -> {
          List<String> all = new ArrayList<>(List.of(d.kicker(), d.organisation(), d.title()));
          all.add(d.role());
          all.addAll(d.metrics());
          all.addAll(List.of(d.problem(), d.architecture()));
          all.addAll(boxes(d.flow(), true));
          all.add(d.reliability());
          all.addAll(d.operations());
          all.addAll(d.decisions());
          all.add(d.stack());
          return all;
        });
    every(
        out,
        v.diagrams(),
        f -> {
          List<String> all = new ArrayList<>(List.of(f.kicker(), f.title(), f.summary()));
          all.addAll(boxes(f.steps(), true));
          return all;
        });
    every(out, v.notes(), n -> List.of(n.kicker(), n.title(), n.body()));
    every(out, v.skills(), k -> List.of(k.name(), k.keywords().plain()));
    if (v.work() != null) {
      heading(out, v.work().heading());
      List<Entry> jobs = v.work().items();
      for (int i = 0; i < jobs.size(); i++) {
        out.addAll(entry(jobs.get(i), true));
        if (i < v.timelineLinks().size()) {
          out.add(v.timelineLinks().get(i).title());
        }
      }
    }
    every(out, v.projects(), e -> entry(e, true));
    every(out, v.principles(), p -> List.of(p.kicker(), p.title(), p.body()));
    DossierView.Credentials c = v.credentials();
    if (c != null) {
      heading(out, c.heading());
      if (!c.education().isEmpty()) {
        out.add(c.educationTitle());
        c.education().forEach(e -> out.addAll(entry(e, false)));
      }
      if (!c.awards().isEmpty()) {
        out.add(c.awardsTitle());
        c.awards().forEach(e -> out.addAll(entry(e, false)));
      }
      if (!c.languages().isEmpty()) {
        out.add(c.languagesTitle());
        out.addAll(c.languages());
      }
    }
    if (v.contact() != null) {
      heading(out, v.contact().heading());
      out.add(v.contact().availability());
      v.contact().contacts().forEach(k -> out.addAll(List.of(k.label(), k.text())));
    }
    return out.stream().filter(s -> s != null && !s.isBlank()).toList();
  }

  /**
   * A flow's boxes in reading order, each step then its branches: their names, and with {@code
   * details} each name's detail after it.
   */
  private static List<String> boxes(List<DossierView.FigureStep> steps, boolean details) {
    List<String> out = new ArrayList<>();
    for (DossierView.FigureStep s : steps) {
      out.add(s.name());
      if (details) {
        out.add(s.detail());
      }
      for (DossierView.FigureStep b : s.branches()) {
        out.add(b.name());
        if (details) {
          out.add(b.detail());
        }
      }
    }
    return out;
  }

  /** A dated entry's strings; its bullets where the dossier prints them (the timeline's). */
  private static List<String> entry(Entry e, boolean bullets) {
    List<String> all =
        new ArrayList<>(List.of(e.title(), e.org(), e.dates(), e.placeAndDetails(), e.summary()));
    if (bullets) {
      e.bullets().forEach(b -> all.add(b.plain()));
    }
    return all;
  }

  private static void heading(List<String> out, DossierView.Heading h) {
    out.addAll(List.of(h.title(), h.subtitle(), h.intro()));
  }

  private static <T> void every(
      List<String> out,
      DossierView.@Nullable Part<T> part,
      java.util.function.Function<T, List<String>> strings) {
    if (part != null) {
      heading(out, part.heading());
      part.items().forEach(i -> out.addAll(strings.apply(i)));
    }
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
