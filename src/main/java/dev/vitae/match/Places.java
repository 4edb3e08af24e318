package dev.vitae.match;

import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The places of a résumé where a term can stand, each with a name a person recognises. */
record Places(List<Place> all) {

  /** A place, its tags (what brings it into a variant), and its text as words. */
  record Place(String where, String text, List<String> tags, Words words) {
    Place(String where, String text, List<String> tags) {
      this(where, text, List.copyOf(tags), Words.of(text));
    }

    Place(String where, String text) {
      this(where, text, List.of());
    }
  }

  static Places of(Resume r) {
    List<Place> out = new ArrayList<>();
    var b = r.basics();
    out.add(new Place("headline", join(b.label(), b.headline())));
    out.add(new Place("summary", join(b.summary())));
    out.add(new Place("focus", texts(b.focus())));
    for (var w : r.work()) {
      out.add(
          new Place(
              "work: " + join(w.position()) + " — " + join(w.name()),
              join(w.summary(), texts(w.highlights()), String.join(", ", w.stack())),
              w.tags()));
    }
    for (var g : r.skills()) {
      out.add(new Place("skills: " + g.name(), join(g.name(), texts(g.keywords())), g.tags()));
    }
    for (var s : r.systems()) {
      out.add(
          new Place("system: " + s.name(), join(s.category(), s.summary(), s.metric()), s.tags()));
    }
    for (var d : r.dossiers()) {
      out.add(
          new Place(
              "dossier: " + d.title(),
              join(
                  d.problem(),
                  d.architecture(),
                  d.reliability(),
                  texts(d.operations()),
                  texts(d.decisions()),
                  String.join(", ", d.stack())),
              d.tags()));
    }
    for (var p : r.projects()) {
      out.add(
          new Place(
              "project: " + p.name(),
              join(p.description(), texts(p.highlights()), String.join(", ", p.keywords())),
              p.tags()));
    }
    for (var n : r.notes()) {
      out.add(new Place("note: " + n.title(), join(n.category(), n.title(), n.body()), n.tags()));
    }
    for (var e : r.education()) {
      out.add(
          new Place(
              "education: " + join(e.institution()),
              join(e.studyType(), e.area(), String.join(", ", e.courses()))));
    }
    for (var c : r.certificates()) {
      out.add(new Place("certificate: " + c.name(), c.name()));
    }
    return new Places(List.copyOf(out));
  }

  /** Where the term first stands, if anywhere. */
  java.util.Optional<String> find(Term term) {
    return place(term).map(Place::where);
  }

  /** The first place the term stands in, if any. */
  java.util.Optional<Place> place(Term term) {
    return all.stream().filter(p -> term.indexIn(p.words()) >= 0).findFirst();
  }

  private static String texts(List<Item> items) {
    return items.stream().map(Item::text).collect(Collectors.joining(" · "));
  }

  private static String join(String... parts) {
    return Stream.of(parts)
        .filter(p -> p != null && !p.isBlank())
        .collect(Collectors.joining(" · "));
  }
}
