package dev.vitae.check;

import java.util.Locale;
import java.util.Optional;

/**
 * A field a parser must recover, and where in its reading to look for it.
 *
 * @param name how the field is shown, e.g. {@code work[0].company}
 * @param section the heading of its section, empty for the profile
 * @param entry the entry's place in its section, -1 for none
 * @param index the bullet's place in its entry, -1 for none
 */
public record ExpectedField(
    String name, Kind kind, String text, String section, int entry, int index) {

  /** What the field is, and so where a parser puts it. */
  public enum Kind {
    NAME,
    EMAIL,
    PHONE,
    LOCATION,
    LINK,
    HEADING,
    /** a string that must stand whole among its section's lines: a paragraph, a skill line */
    SECTION_TEXT,
    TITLE,
    COMPANY,
    DATES,
    PLACE,
    SCHOOL,
    DEGREE,
    BULLET
  }

  static ExpectedField profile(String name, Kind kind, String text) {
    return new ExpectedField(name, kind, text, "", -1, -1);
  }

  /** What the parser found for this field in {@code read}; empty when it found nothing. */
  String found(AtsResume read) {
    return switch (kind) {
      case NAME -> read.name();
      case EMAIL -> read.contacts().email();
      case PHONE -> read.contacts().phone();
      case LOCATION -> read.contacts().location();
      case LINK ->
          read.contacts().links().stream()
              .filter(l -> ReadText.same(text, l))
              .findFirst()
              .orElse(String.join(" ", read.contacts().links()));
      case HEADING -> section(read).map(AtsResume.Section::heading).orElse("");
      case SECTION_TEXT -> section(read).map(s -> ReadText.within(text, s.lines())).orElse("");
      default -> entry(read).map(this::ofEntry).orElse("");
    };
  }

  private String ofEntry(AtsResume.Entry e) {
    return switch (kind) {
      case TITLE -> e.title();
      case COMPANY -> e.company();
      case DATES -> e.dates();
      case PLACE -> e.location();
      case SCHOOL -> e.school();
      case DEGREE -> e.degree();
      case BULLET -> index < e.bullets().size() ? e.bullets().get(index) : "";
      default -> "";
    };
  }

  boolean ok(String found) {
    return kind == Kind.HEADING ? heading(text).equals(heading(found)) : ReadText.same(text, found);
  }

  private Optional<AtsResume.Section> section(AtsResume read) {
    return read.sections().stream()
        .filter(s -> heading(s.heading()).equals(heading(section)))
        .findFirst();
  }

  private Optional<AtsResume.Entry> entry(AtsResume read) {
    return section(read).filter(s -> entry < s.entries().size()).map(s -> s.entries().get(entry));
  }

  private static String heading(String s) {
    return ReadText.squash(s).toUpperCase(Locale.ROOT);
  }
}
