package dev.vitae.check;

import java.util.EnumSet;
import java.util.List;
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

  /**
   * A contact, date or place longer than this may wrap, as it may be longer than a line: the
   * templates keep every shorter one whole.
   */
  private static final int LONGER_THAN_A_LINE_PART = 40;

  /** The fields a reader takes as items of their own, without separators at their ends. */
  private static final EnumSet<Kind> ITEMS =
      EnumSet.of(
          Kind.NAME,
          Kind.EMAIL,
          Kind.PHONE,
          Kind.LOCATION,
          Kind.LINK,
          Kind.TITLE,
          Kind.COMPANY,
          Kind.DATES,
          Kind.PLACE,
          Kind.SCHOOL,
          Kind.DEGREE);

  /**
   * The text as a parser takes it: an item's separators at its ends ("Acme ·") are left out, as
   * every reader leaves them out, so that "Acme" is the field recovered; a field of separators
   * alone holds nothing to recover.
   */
  public String asRead() {
    return ITEMS.contains(kind) && !ReadText.rightToLeft(text) ? AtsReader.bare(text) : text;
  }

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

  /**
   * What the parser found for this field in {@code read}; empty when it found nothing. A field of
   * the profile or of an entry is found when it stands as text of its own where a parser looks for
   * it (the profile's items, the entry's items before its first bullet): one whole item, neither
   * merged into a neighbour nor cut. A name, title, organisation, school or degree may wrap into
   * items in a row (a name also where it changes font, at an emoji: the name lines are read whole);
   * a contact, a date or a place only when it is very long, since a parser takes a wrapped one's
   * first piece. Which field a parser then labels it as is its own guess from words and shapes;
   * what this reader guessed is shown when the field does not stand alone.
   */
  String found(AtsResume read) {
    return switch (kind) {
      case NAME -> own(read.profile()).orElse(read.name());
      case EMAIL -> own(read.profile()).orElse(read.contacts().email());
      case PHONE -> own(read.profile()).orElse(read.contacts().phone());
      case LOCATION -> own(read.profile()).orElse(read.contacts().location());
      case LINK -> own(read.profile()).orElse(String.join(" ", read.contacts().links()));
      case HEADING -> section(read).map(AtsResume.Section::heading).orElse("");
      case SECTION_TEXT -> section(read).map(s -> ReadText.within(text, s.lines())).orElse("");
      default -> entry(read).map(this::ofEntry).orElse("");
    };
  }

  private String ofEntry(AtsResume.Entry e) {
    if (kind == Kind.BULLET) {
      return index < e.bullets().size() ? e.bullets().get(index) : "";
    }
    return own(e.head())
        .orElseGet(
            () ->
                switch (kind) {
                  case TITLE -> e.title();
                  case COMPANY -> e.company();
                  case DATES -> e.dates();
                  case PLACE -> e.location();
                  case SCHOOL -> e.school();
                  case DEGREE -> e.degree();
                  default -> "";
                });
  }

  /**
   * The field's text when whole items in a row of {@code items} read as it: the row's text without
   * the separators a reader drops at its ends; one inside it (a link wrapped after a comma) stays.
   */
  private Optional<String> own(List<String> items) {
    if (ReadText.rightToLeft(text)) {
      // as for the text: its letters and digits among the items, in any order (each reader
      // guesses the written order of a mixed line its own way)
      return ReadText.holds(
              ReadText.baseLetters(String.join("", items)), ReadText.baseLetters(text))
          ? Optional.of(text)
          : Optional.empty();
    }
    boolean wraps =
        EnumSet.of(Kind.NAME, Kind.TITLE, Kind.COMPANY, Kind.SCHOOL, Kind.DEGREE).contains(kind)
            || text.length() > LONGER_THAN_A_LINE_PART;
    for (int from = 0; from < items.size(); from++) {
      StringBuilder joined = new StringBuilder();
      for (int to = from; to < (wraps ? items.size() : from + 1); to++) {
        joined.append(to == from ? "" : " ").append(items.get(to));
        String read = AtsReader.bare(joined.toString());
        if (ReadText.same(asRead(), read)) {
          return Optional.of(read);
        }
        if (joined.length() > text.length() + 8) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  boolean ok(String found) {
    return kind == Kind.HEADING
        ? heading(text).equals(heading(found))
        : ReadText.same(asRead(), found);
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
