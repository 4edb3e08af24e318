package dev.vitae.match;

import dev.vitae.model.Resume;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Matches a job posting against the résumé and its variants. */
public final class Matcher {

  private Matcher() {}

  /** The dictionary's terms that the posting names, in the order it first names them. */
  public static List<Term> termsIn(String posting, Dictionary dictionary) {
    record Found(Term term, int at) {}
    List<Found> found = new ArrayList<>();
    for (Term t : dictionary.terms()) {
      int at = t.indexIn(posting);
      if (at >= 0) {
        found.add(new Found(t, at));
      }
    }
    found.sort(Comparator.comparingInt(Found::at).thenComparing(f -> f.term().name()));
    return found.stream().map(Found::term).toList();
  }

  /** The report of one profile (a variant, or the base résumé). */
  public static MatchReport match(Resume resume, Profile profile, List<Term> terms) {
    Places everything = Places.of(resume);
    Places shown = Places.of(Tailor.apply(resume, profile));
    List<MatchReport.Hit> covered = new ArrayList<>();
    List<String> taggedOut = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Term t : terms) {
      Optional<String> where = shown.find(t);
      if (where.isPresent()) {
        covered.add(new MatchReport.Hit(t.name(), where.get()));
      } else if (everything.find(t).isPresent()) {
        taggedOut.add(t.name());
      } else {
        missing.add(t.name());
      }
    }
    return new MatchReport(
        profile.isBase() ? "base" : profile.name(),
        List.copyOf(covered),
        List.copyOf(taggedOut),
        List.copyOf(missing));
  }

  /** Reports for the given profiles, best coverage first (ties keep the given order). */
  public static List<MatchReport> rank(Resume resume, List<Profile> profiles, String posting) {
    List<Term> terms = termsIn(posting, Dictionary.forResume(resume));
    return profiles.stream()
        .map(p -> match(resume, p, terms))
        .sorted(Comparator.comparingInt(MatchReport::coverage).reversed())
        .toList();
  }
}
