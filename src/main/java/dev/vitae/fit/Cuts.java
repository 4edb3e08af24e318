package dev.vitae.fit;

import dev.vitae.view.Entry;
import dev.vitae.view.Line;
import dev.vitae.view.ResumeView;
import dev.vitae.view.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What may be left out of a résumé that overflows one page, least important first, and how to leave
 * it out.
 *
 * <p>The order, among items of equal priority (lower explicit {@code priority} always goes first):
 *
 * <ol start="0">
 *   <li>the headline, the line under the title (the summary says it at length);
 *   <li>anything given a priority below 0, wherever it is (even the newest job's first bullet, or
 *       an education entry);
 *   <li>bullets beyond the second of every entry, the last bullet of the oldest (last listed) entry
 *       first, sections taken from the one shown last up to the one shown first;
 *   <li>whole entries, beyond the first, of sections other than work and education (projects,
 *       awards, systems, certificates, publications, volunteering), the section shown last first,
 *       the last listed entry first;
 *   <li>the minor sections whole: volunteering, awards and interests, the one shown last first;
 *   <li>the bullets of the jobs older than the newest three, oldest job first, so that an old job
 *       stays as its heading (title, company, dates, place) before it goes; then those jobs whole,
 *       the oldest first;
 *   <li>the same for the second and third newest jobs: their bullets, then the jobs;
 *   <li>the second bullet of the entries left;
 *   <li>the first entry of the other sections (so the whole section goes).
 * </ol>
 *
 * <p>Never left out: the name, label, contacts, summary, metrics, skills, education, text sections
 * other than interests, the newest job and its first bullet, and every item that carries the
 * highest priority given in the file when that is above the normal 0. An entry ranks as its most
 * important bullet, so a bullet with a high priority keeps its entry.
 */
final class Cuts {

  static final String PRIMARY = "work";

  /** The headline's ref: the line under the title, the first thing left out. */
  static final String HEADLINE = "basics.headline";

  private static final Set<String> NEVER = Set.of("education");

  /** The newest jobs, which keep their bullets until every older job is gone. */
  static final int DETAILED = 3;

  /** Sections a recruiter misses least: they go whole before any job does. */
  private static final Set<String> MINOR = Set.of("volunteer", "awards", "interests");

  private Cuts() {}

  /** Every cut, least important first; a cut never depends on a later one. */
  static List<Cut> candidates(ResumeView view) {
    List<Section> sections =
        view.sections().stream()
            .filter(s -> !s.entries().isEmpty() && !NEVER.contains(s.key()))
            .filter(s -> s.entries().stream().allMatch(e -> !e.ref().isEmpty()))
            .toList();
    List<Section> lastShownFirst = new ArrayList<>(sections);
    Collections.reverse(lastShownFirst);
    List<Section> others = lastShownFirst.stream().filter(s -> !s.key().equals(PRIMARY)).toList();
    List<Section> primary = lastShownFirst.stream().filter(s -> s.key().equals(PRIMARY)).toList();

    List<Cut> order = new ArrayList<>();
    if (!view.headline().isEmpty()) { // it says in a line what the summary says at length
      order.add(new Cut(HEADLINE, HEADLINE + " \"" + shorten(view.headline()) + "\"", 0));
    }
    List<Section> all =
        new ArrayList<>(
            view.sections().stream()
                .filter(s -> s.entries().stream().allMatch(e -> !e.ref().isEmpty()))
                .toList());
    Collections.reverse(all);
    for (Section s : all) { // an explicit priority below 0 makes anything droppable, and first
      forEntriesFromLast(
          s,
          0,
          e -> {
            List<Cut> low = new ArrayList<>();
            bulletsFromLast(e, 0, low);
            low.add(whole(e));
            low.stream().filter(c -> c.priority() < 0).forEach(order::add);
          });
    }
    for (Section s : lastShownFirst) {
      forEntriesFromLast(s, 0, e -> bulletsFromLast(e, 2, order));
    }
    for (Section s : others) {
      forEntriesFromLast(s, 1, e -> order.add(whole(e)));
    }
    List<Section> shownLastFirst = new ArrayList<>(view.sections());
    Collections.reverse(shownLastFirst);
    for (Section s : shownLastFirst) {
      if (!MINOR.contains(s.key())) {
        continue;
      }
      Line text = s.text();
      if (s.entries().isEmpty() && text != null) {
        order.add(
            new Cut(s.key(), s.key() + " \"" + shorten(text.plain()) + "\": whole section", 0));
      } else if (others.contains(s)) {
        order.add(whole(s.entries().get(0)));
      }
    }
    for (Section s : primary) { // older jobs to their heading, then gone, oldest first
      forEntriesFromLast(s, DETAILED, e -> bulletsFromLast(e, 0, order));
      forEntriesFromLast(s, DETAILED, e -> order.add(whole(e)));
    }
    for (Section s : primary) { // then the same for the recent jobs after the newest
      forEntriesFromLast(s, 1, e -> bulletsFromLast(e, 0, order));
      forEntriesFromLast(s, 1, e -> order.add(whole(e)));
    }
    for (Section s : lastShownFirst) {
      forEntriesFromLast(s, 0, e -> bulletsFromLast(e, 1, order));
    }
    for (Section s : others) {
      order.add(whole(s.entries().get(0)));
    }

    int top =
        view.sections().stream()
            .flatMap(s -> s.entries().stream())
            .flatMap(
                e ->
                    Stream.concat(
                        Stream.of(e.priority()), e.bullets().stream().map(Line::priority)))
            .max(Integer::compare)
            .orElse(0);
    List<Cut> sorted =
        order.stream()
            .filter(c -> top <= 0 || c.priority() < top)
            .sorted(
                Comparator.comparingInt(
                    Cut::priority)) // stable: keeps the structural order within a rank
            .toList();
    List<Cut> out = new ArrayList<>();
    Set<String> gone = new HashSet<>();
    for (Cut c : sorted) {
      if (gone.add(c.ref()) && !(c.isBullet() && gone.contains(c.entryRef()))) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /** The view without the first {@code count} cuts; everything else is the same value. */
  static ResumeView apply(ResumeView view, List<Cut> cuts, int count) {
    if (count == 0) {
      return view;
    }
    Set<String> refs = new HashSet<>();
    for (Cut c : cuts.subList(0, count)) {
      refs.add(c.ref());
    }
    return without(view, refs);
  }

  /** The view without the entries and bullets of these refs; everything else is the same value. */
  static ResumeView without(ResumeView view, Set<String> refs) {
    if (refs.isEmpty()) {
      return view;
    }
    List<Section> sections = new ArrayList<>();
    for (Section s : view.sections()) {
      if (refs.contains(s.key())) {
        continue;
      }
      if (s.entries().isEmpty()) {
        sections.add(s);
        continue;
      }
      List<Entry> entries = new ArrayList<>();
      for (Entry e : s.entries()) {
        if (refs.contains(e.ref())) {
          continue;
        }
        List<Line> bullets = e.bullets().stream().filter(b -> !refs.contains(b.ref())).toList();
        entries.add(bullets.size() == e.bullets().size() ? e : e.withBullets(bullets));
      }
      if (!entries.isEmpty()) {
        sections.add(s.withEntries(entries));
      }
    }
    return new ResumeView(
        view.info(),
        view.name(),
        view.label(),
        refs.contains(HEADLINE) ? "" : view.headline(),
        view.contacts(),
        List.copyOf(sections),
        view.density(),
        view.paper());
  }

  private static void forEntriesFromLast(Section s, int keep, Consumer<Entry> action) {
    for (int i = s.entries().size() - 1; i >= keep; i--) {
      action.accept(s.entries().get(i));
    }
  }

  private static void bulletsFromLast(Entry e, int keep, List<Cut> order) {
    for (int i = e.bullets().size() - 1; i >= keep; i--) {
      Line b = e.bullets().get(i);
      String text = b.plain();
      order.add(
          new Cut(
              b.ref(),
              label(e) + ": bullet " + (i + 1) + " \"" + shorten(text) + "\"",
              b.priority()));
    }
  }

  private static Cut whole(Entry e) {
    int rank =
        Math.max(
            e.priority(), e.bullets().stream().mapToInt(Line::priority).max().orElse(e.priority()));
    return new Cut(e.ref(), label(e) + ": whole entry", rank);
  }

  /** {@code work[3] "Backend Developer Intern — Gocal"}. */
  static String label(Entry e) {
    String what =
        e.title().isBlank() ? e.org() : e.org().isBlank() ? e.title() : e.title() + " — " + e.org();
    return e.ref() + " \"" + what + "\"";
  }

  /** The first words of a text, about 24 characters, with an ellipsis when cut short. */
  static String shorten(String text) {
    String t = text.strip();
    if (t.length() <= 28) {
      return t;
    }
    int end = t.lastIndexOf(' ', 24);
    return (end > 8 ? t.substring(0, end) : t.substring(0, 24)).replaceAll("[\\s,;:.]+$", "") + "…";
  }
}
