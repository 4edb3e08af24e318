package dev.vitae.view;

import java.util.ArrayList;
import java.util.List;

/** The strings a view prints, in reading order: what the PDF's text layer must hold. */
public final class ViewText {

  private ViewText() {}

  public static List<String> of(ResumeView v) {
    return of(v, false);
  }

  /**
   * The strings in the order of the résumé's PDF page, where an entry whose head stands on two
   * lines ({@link Entry#headOnTwoLines}) has its dates after its title, before its organisation,
   * and its place after its organisation, before its details.
   */
  public static List<String> ofPage(ResumeView v) {
    return of(v, true);
  }

  private static List<String> of(ResumeView v, boolean page) {
    List<String> out = new ArrayList<>();
    out.add(v.name());
    out.add(v.label());
    out.add(v.headline());
    v.contacts().forEach(c -> out.add(c.text()));
    for (Section s : v.sections()) {
      out.add(s.heading());
      if (s.text() != null) {
        out.add(s.text().plain());
      }
      s.skills()
          .forEach(
              k -> {
                out.add(k.name());
                out.add(k.keywords().plain());
              });
      s.metrics()
          .forEach(
              m -> {
                out.add(m.value() + " " + m.label());
                out.add(m.organisation());
              });
      for (Entry e : s.entries()) {
        if (s.kind().equals("compact")) {
          out.addAll(List.of(e.title(), e.summary(), e.details()));
          continue;
        }
        if (page && e.headOnTwoLines()) {
          out.addAll(List.of(e.title(), e.dates(), e.org(), e.place(), e.details()));
        } else {
          out.addAll(List.of(e.title(), e.org(), e.dates(), e.details(), e.place()));
        }
        out.add(e.summary());
        e.bullets().forEach(b -> out.add(b.plain()));
      }
    }
    return out.stream().filter(x -> x != null && !x.isBlank()).toList();
  }

  /** A cover letter's strings, in reading order: header, date, recipient, body, sign-off. */
  public static List<String> of(LetterView v) {
    List<String> out = new ArrayList<>();
    out.add(v.name());
    out.add(v.label());
    v.contacts().forEach(c -> out.add(c.text()));
    out.add(v.date());
    out.addAll(v.recipient());
    out.add(v.regarding());
    out.add(v.greeting());
    out.addAll(v.paragraphs());
    out.addAll(List.of(v.closing(), v.signature(), v.enclosures()));
    return out.stream().filter(x -> !x.isBlank()).toList();
  }
}
