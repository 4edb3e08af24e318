package dev.vitae.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a résumé from its text lines the way applicant-tracking parsers do: the lines before the
 * first heading are the profile (name, contacts, item by item); a heading is a bold ALL-CAPS item
 * alone on its line (else one of a few English words); a section's entries split where the gap
 * between lines exceeds 1.4 times the section's common line gap, else at a bold line after a plain
 * one; an entry's fields are the items before its first bullet that read as each field; a bullet
 * starts at '•'.
 */
public final class AtsReader {

  /** A gap wider than this many common line gaps starts a new entry. */
  private static final double ENTRY_GAP = 1.4;

  private AtsReader() {}

  public static AtsResume read(List<ItemLine> lines) {
    int first = nameLines(lines);
    double body = bodySize(lines, first);
    while (first < lines.size() && !AtsFields.heading(lines.get(first), body)) {
      first++;
    }
    List<ItemLine> profile = lines.subList(0, first);
    List<AtsResume.Section> sections = new ArrayList<>();
    for (int at = first; at < lines.size(); ) {
      int end = at + 1;
      while (end < lines.size() && !AtsFields.heading(lines.get(end), body)) {
        end++;
      }
      sections.add(section(lines.get(at).text(), lines.subList(at + 1, end)));
      at = end;
    }
    List<TextItem> items = profile.stream().flatMap(l -> l.items().stream()).toList();
    return new AtsResume(
        name(items), contacts(items), items.stream().map(i -> i.text().strip()).toList(), sections);
  }

  /**
   * The size most of the sections' letters are set in: the text's. Counted from the first bold line
   * alone after the name, leaving out such lines (the headings being told by it), so that a
   * headline set larger than the text does not become the text when the sections are short; digits
   * are not counted, so a section of dates does not make their smaller size the text's.
   */
  private static double bodySize(List<ItemLine> lines, int afterName) {
    int sections = afterName;
    while (sections < lines.size() && !boldAlone(lines.get(sections))) {
      sections++;
    }
    double text =
        lettersMostlyIn(
            lines.subList(sections, lines.size()).stream().filter(l -> !boldAlone(l)).toList());
    return text > 0 ? text : lettersMostlyIn(lines);
  }

  private static boolean boldAlone(ItemLine line) {
    return line.items().size() == 1 && line.first().bold();
  }

  private static double lettersMostlyIn(List<ItemLine> lines) {
    Map<Long, Integer> letters = new HashMap<>();
    for (ItemLine line : lines) {
      for (TextItem i : line.items()) {
        int n = (int) i.text().codePoints().filter(Character::isLetter).count();
        if (n > 0) {
          letters.merge(Math.round(i.height() * 10), n, Integer::sum);
        }
      }
    }
    return letters.entrySet().stream()
            .max(
                Map.Entry.<Long, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse(0L)
        / 10.0;
  }

  /**
   * The first line and those after it set in its size: the name, however bold and capital, even
   * when it is too long for one line.
   */
  private static int nameLines(List<ItemLine> lines) {
    int n = Math.min(1, lines.size());
    while (n < lines.size() && lines.get(n).first().height() == lines.get(0).first().height()) {
      n++;
    }
    return n;
  }

  private static String name(List<TextItem> items) {
    return items.stream()
        .filter(i -> i.bold() && AtsFields.name(i.text().strip()))
        .map(i -> i.text().strip())
        .findFirst()
        .orElse("");
  }

  private static AtsResume.Contacts contacts(List<TextItem> items) {
    List<String> texts = items.stream().map(i -> bare(i.text())).toList();
    return new AtsResume.Contacts(
        firstOf(texts, AtsFields::email),
        firstOf(texts, AtsFields::phone),
        firstOf(texts, AtsFields::place),
        texts.stream().filter(AtsFields::link).toList());
  }

  /** The item's text without the separators a reader drops at its ends ("·", "|"). */
  static String bare(String s) {
    return s.strip().replaceAll("^[·|•,;]\\s*|\\s*[·|,;]$", "").strip();
  }

  private static String firstOf(List<String> texts, Predicate<String> field) {
    return texts.stream().filter(field).findFirst().orElse("");
  }

  private static AtsResume.Section section(String heading, List<ItemLine> lines) {
    return new AtsResume.Section(
        heading,
        lines.stream().map(ItemLine::text).toList(),
        entries(lines).stream().map(AtsReader::entry).toList());
  }

  static List<List<ItemLine>> entries(List<ItemLine> lines) {
    double threshold = ENTRY_GAP * commonGap(lines);
    List<List<ItemLine>> byGap =
        split(lines, (entry, line) -> line.y() - lowest(entry, line) > threshold);
    if (byGap.size() > 1) {
      return byGap;
    }
    return split(
        lines,
        (entry, line) ->
            !entry.getLast().first().bold()
                && line.first().bold()
                && !line.first().text().strip().startsWith(AtsFields.BULLET));
  }

  /**
   * How far down the entry so far reaches on {@code line}'s page: a cell drawn after the one beside
   * it (the dates after a title that wraps onto more lines) jumps back up, and the gap to the next
   * line is measured from the lowest line reached, not from the dates; across a page, from the last
   * line.
   */
  private static double lowest(List<ItemLine> entry, ItemLine line) {
    return entry.stream()
        .filter(l -> l.first().page() == line.first().page())
        .mapToDouble(ItemLine::y)
        .max()
        .orElse(entry.getLast().y());
  }

  /** The most common distance between the baselines of two lines, rounded to a point. */
  private static double commonGap(List<ItemLine> lines) {
    Map<Long, Integer> counts = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).first().page() == lines.get(i - 1).first().page()) {
        counts.merge(Math.round(lines.get(i).y() - lines.get(i - 1).y()), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(Long.MAX_VALUE);
  }

  private interface Boundary {
    boolean between(List<ItemLine> entry, ItemLine line);
  }

  private static List<List<ItemLine>> split(List<ItemLine> lines, Boundary boundary) {
    List<List<ItemLine>> out = new ArrayList<>();
    List<ItemLine> entry = new ArrayList<>();
    for (ItemLine line : lines) {
      if (!entry.isEmpty() && boundary.between(entry, line)) {
        out.add(entry);
        entry = new ArrayList<>();
      }
      entry.add(line);
    }
    if (!entry.isEmpty()) {
      out.add(entry);
    }
    return out;
  }

  private static AtsResume.Entry entry(List<ItemLine> lines) {
    int bullets = 0;
    while (bullets < lines.size() && !startsBullet(lines.get(bullets))) {
      bullets++;
    }
    List<TextItem> head =
        lines.subList(0, bullets).stream().flatMap(l -> l.items().stream()).toList();
    List<String> texts = head.stream().map(i -> bare(i.text())).toList();
    String dates = firstOf(texts, s -> AtsFields.date(s) && !AtsFields.title(s));
    String title = firstOf(texts, s -> AtsFields.title(s) && !s.equals(dates));
    String school = firstOf(texts, AtsFields::school);
    String degree = firstOf(texts, s -> AtsFields.degree(s) && !s.equals(school));
    List<String> taken = List.of(dates, title, school, degree);
    // the organisation: a bold text of the head besides the title, or else (set in regular or
    // italic type, as the themes set it apart from the bold title) the next text on the title's
    // line
    String company =
        head.stream()
            .filter(TextItem::bold)
            .map(i -> bare(i.text()))
            .filter(s -> !taken.contains(s))
            .findFirst()
            .orElseGet(() -> besideTitle(lines.get(0), title, taken));
    String location =
        firstOf(texts, s -> AtsFields.place(s) && !taken.contains(s) && !s.equals(company));
    return new AtsResume.Entry(
        title,
        company,
        dates,
        location,
        school,
        degree,
        head.stream().map(i -> i.text().strip()).toList(),
        bullets(lines.subList(bullets, lines.size())));
  }

  /** The first text after the title on its line that holds a letter and is no other field. */
  private static String besideTitle(ItemLine line, String title, List<String> taken) {
    List<String> texts = line.items().stream().map(i -> bare(i.text())).toList();
    if (title.isEmpty() || !texts.contains(title)) {
      return "";
    }
    return texts.subList(texts.indexOf(title) + 1, texts.size()).stream()
        .filter(s -> !taken.contains(s) && s.codePoints().anyMatch(Character::isLetter))
        .findFirst()
        .orElse("");
  }

  private static boolean startsBullet(ItemLine line) {
    return line.first().text().strip().startsWith(AtsFields.BULLET);
  }

  /** Each bullet's text, from its mark to the next, its lines joined by a space. */
  private static List<String> bullets(List<ItemLine> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder bullet = null;
    for (ItemLine line : lines) {
      String text = line.text();
      if (text.startsWith(AtsFields.BULLET)) {
        if (bullet != null) {
          out.add(bullet.toString().strip());
        }
        bullet = new StringBuilder(text.substring(AtsFields.BULLET.length()).strip());
      } else if (bullet != null) {
        bullet.append(' ').append(text);
      }
    }
    if (bullet != null) {
      out.add(bullet.toString().strip());
    }
    return out;
  }
}
