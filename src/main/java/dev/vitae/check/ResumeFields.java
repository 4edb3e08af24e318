package dev.vitae.check;

import dev.vitae.check.ExpectedField.Kind;
import dev.vitae.view.Contact;
import dev.vitae.view.Entry;
import dev.vitae.view.ResumeView;
import dev.vitae.view.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields a parser must recover from a résumé, taken from the view its PDF was made from: the
 * name, each contact, each heading, each job's title, company, dates, place and bullets, each
 * degree's degree, school, dates and place, and every paragraph, skill line and headline figure.
 */
public final class ResumeFields {

  private ResumeFields() {}

  public static List<ExpectedField> of(ResumeView view) {
    List<ExpectedField> out = new ArrayList<>();
    out.add(ExpectedField.profile("name", Kind.NAME, view.name()));
    for (Contact c : view.contacts()) {
      out.add(contact(c));
    }
    for (Section s : view.sections()) {
      String heading = s.title();
      out.add(new ExpectedField(s.key() + ".heading", Kind.HEADING, heading, heading, -1, -1));
      if (s.text() != null) {
        out.add(text(s.key(), s.text().plain(), heading));
      }
      for (int i = 0; i < s.skills().size(); i++) {
        var k = s.skills().get(i);
        out.add(text(s.key() + "[" + i + "]", k.name() + ": " + k.keywords().plain(), heading));
      }
      for (int i = 0; i < s.metrics().size(); i++) {
        var m = s.metrics().get(i);
        out.add(text(s.key() + "[" + i + "]", m.value() + " " + m.label(), heading));
      }
      for (int j = 0; j < s.entries().size(); j++) {
        entry(s, j, out);
      }
    }
    return out.stream().filter(f -> !f.asRead().isBlank()).toList();
  }

  private static ExpectedField contact(Contact c) {
    String href = c.href() == null ? "" : c.href();
    if (href.startsWith("mailto:")) {
      return ExpectedField.profile("email", Kind.EMAIL, c.text());
    }
    if (href.startsWith("tel:")) {
      return ExpectedField.profile("phone", Kind.PHONE, c.text());
    }
    if (href.isEmpty()) {
      return ExpectedField.profile("location", Kind.LOCATION, c.text());
    }
    return ExpectedField.profile("link", Kind.LINK, c.text());
  }

  private static ExpectedField text(String name, String text, String heading) {
    return new ExpectedField(name, Kind.SECTION_TEXT, text, heading, -1, -1);
  }

  private static void entry(Section s, int j, List<ExpectedField> out) {
    Entry e = s.entries().get(j);
    String ref = e.ref().isEmpty() ? s.key() + "[" + j + "]" : e.ref();
    String heading = s.title();
    if (s.kind().equals("compact")) {
      String line =
          e.title()
              + (e.summary().isEmpty() ? "" : ": " + e.summary())
              + (e.details().isEmpty() ? "" : " (" + e.details() + ")");
      out.add(text(ref, line, heading));
      return;
    }
    boolean degree = s.key().equals("education");
    boolean job = s.key().equals("work") || s.key().equals("volunteer");
    if (degree || job) {
      out.add(field(ref, degree ? Kind.DEGREE : Kind.TITLE, e.title(), heading, j));
      out.add(field(ref, degree ? Kind.SCHOOL : Kind.COMPANY, e.org(), heading, j));
      out.add(field(ref, Kind.DATES, e.dates(), heading, j));
      out.add(field(ref, Kind.PLACE, place(e.details()), heading, j));
    } else {
      out.add(text(ref + ".title", e.title(), heading));
      out.add(text(ref + ".org", e.org(), heading));
      out.add(field(ref, Kind.DATES, e.dates(), heading, j));
    }
    out.add(text(ref + ".summary", e.summary(), heading));
    for (int b = 0; b < e.bullets().size(); b++) {
      out.add(
          new ExpectedField(
              ref + ".bullet[" + b + "]", Kind.BULLET, e.bullets().get(b).plain(), heading, j, b));
    }
  }

  /** A field of entry {@code j}, named after its kind: {@code work[0].company}. */
  private static ExpectedField field(String ref, Kind kind, String text, String heading, int j) {
    String name = kind == Kind.PLACE ? "location" : kind.name().toLowerCase(java.util.Locale.ROOT);
    return new ExpectedField(ref + "." + name, kind, text, heading, j, -1);
  }

  /** The place in an entry's small print ("Austin, Texas · Go, Kafka"): its first part. */
  private static String place(String details) {
    int dot = details.indexOf(" · ");
    String first = dot < 0 ? details : details.substring(0, dot);
    return AtsFields.place(first) ? first : "";
  }
}
