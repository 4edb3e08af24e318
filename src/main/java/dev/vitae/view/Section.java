package dev.vitae.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A titled part of the résumé. Which of the lists is filled depends on {@code kind}: {@code text}
 * (paragraph), {@code entries}, {@code compact} (entries one line each), {@code skills} or {@code
 * metrics}.
 *
 * @param title the heading as written ("Experience"), for text and Markdown
 * @param heading the heading as a PDF sets it, in capitals ("EXPERIENCE"): résumé parsers take a
 *     bold line of capitals for a section heading
 */
public record Section(
    String key,
    String title,
    String kind,
    @Nullable Line text,
    List<Entry> entries,
    List<SkillLine> skills,
    List<MetricCard> metrics,
    String heading) {

  public static Section ofText(String key, String title, Line text) {
    return new Section(key, title, "text", text, List.of(), List.of(), List.of(), title);
  }

  public static Section ofEntries(String key, String title, List<Entry> entries) {
    return new Section(key, title, "entries", null, entries, List.of(), List.of(), title);
  }

  /** Entries set one line each: title, then summary, then details in brackets. */
  public static Section ofCompact(String key, String title, List<Entry> entries) {
    return new Section(key, title, "compact", null, entries, List.of(), List.of(), title);
  }

  public static Section ofSkills(String key, String title, List<SkillLine> skills) {
    return new Section(key, title, "skills", null, List.of(), skills, List.of(), title);
  }

  public static Section ofMetrics(String key, String title, List<MetricCard> metrics) {
    return new Section(key, title, "metrics", null, List.of(), List.of(), metrics, title);
  }

  /** The same section under another PDF heading. */
  public Section withHeading(String other) {
    return new Section(key, title, kind, text, entries, skills, metrics, other);
  }

  /** The same section with other entries. */
  public Section withEntries(List<Entry> other) {
    return new Section(key, title, kind, text, List.copyOf(other), skills, metrics, heading);
  }
}
