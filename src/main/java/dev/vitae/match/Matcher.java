package dev.vitae.match;

import dev.vitae.model.Resume;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Matches a job posting against the résumé and its variants. */
public final class Matcher {

  private Matcher() {}

  /** The dictionary's terms that the posting names, in the order it first names them. */
  public static List<Term> termsIn(String posting, Dictionary dictionary) {
    Words words = Words.of(posting);
    record Found(Term term, int at) {}
    List<Found> found = new ArrayList<>();
    for (Term t : dictionary.terms()) {
      int at = t.indexIn(words);
      if (at >= 0) {
        found.add(new Found(t, at));
      }
    }
    found.sort(Comparator.comparingInt(Found::at).thenComparing(f -> f.term().name()));
    return found.stream().map(Found::term).toList();
  }

  /** The names of the terms that the posting names only as nice to have, a bonus or a plus. */
  public static Set<String> wished(String posting, List<Term> terms) {
    Requirements requirements = Requirements.of(posting);
    Words words = Words.of(posting);
    Set<String> out = new TreeSet<>();
    for (Term t : terms) {
      if (requirements.onlyWished(t.positions(words))) {
        out.add(t.name());
      }
    }
    return out;
  }

  /** The report of one profile (a variant, or the base résumé), every term a requirement. */
  public static MatchReport match(Resume resume, Profile profile, List<Term> terms) {
    return match(resume, profile, terms, Set.of());
  }

  /** The report of one profile, the {@code wished} terms weighing half. */
  public static MatchReport match(
      Resume resume, Profile profile, List<Term> terms, Set<String> wished) {
    Places everything = Places.of(resume);
    Places shown = Places.of(Tailor.apply(resume, profile));
    List<MatchReport.Hit> covered = new ArrayList<>();
    List<String> taggedOut = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Map<Places.Place, List<String>> bringIn = new LinkedHashMap<>();
    for (Term t : terms) {
      Optional<String> where = shown.find(t);
      Optional<Places.Place> anywhere = everything.place(t);
      if (where.isPresent()) {
        covered.add(new MatchReport.Hit(t.name(), where.get()));
      } else if (anywhere.isPresent()) {
        taggedOut.add(t.name());
        bringIn.computeIfAbsent(anywhere.get(), k -> new ArrayList<>()).add(t.name());
      } else {
        missing.add(t.name());
      }
    }
    List<MatchReport.BringIn> bring = new ArrayList<>();
    bringIn.forEach(
        (place, named) -> bring.add(new MatchReport.BringIn(place.where(), place.tags(), named)));
    List<String> wishedHere =
        terms.stream().map(Term::name).filter(wished::contains).distinct().toList();
    return new MatchReport(
        profile.isBase() ? "base" : profile.name(), covered, taggedOut, missing, wishedHere, bring);
  }

  /** Reports for the given profiles, best coverage first (ties keep the given order). */
  public static List<MatchReport> rank(Resume resume, List<Profile> profiles, String posting) {
    List<Term> terms = termsIn(posting, Dictionary.forResume(resume));
    Set<String> wished = wished(posting, terms);
    return profiles.stream()
        .map(p -> match(resume, p, terms, wished))
        .sorted(Comparator.comparingInt(MatchReport::coverage).reversed())
        .toList();
  }
}
