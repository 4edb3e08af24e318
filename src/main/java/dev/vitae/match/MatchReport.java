package dev.vitae.match;

import java.util.List;

/**
 * How well one variant covers a posting.
 *
 * @param covered terms the variant shows, each with where
 * @param taggedOut terms resume.yaml has but this variant leaves out
 * @param missing terms resume.yaml does not have at all
 * @param wished the terms (of all three lists) that the posting names only as nice to have or a
 *     bonus; each weighs half as much as a requirement in {@link #coverage()}
 * @param bringIn the entries tagged out of this variant that hold its tagged-out terms: what to
 *     bring in for this posting
 */
public record MatchReport(
    String variant,
    List<Hit> covered,
    List<String> taggedOut,
    List<String> missing,
    List<String> wished,
    List<BringIn> bringIn) {

  public MatchReport {
    covered = List.copyOf(covered);
    taggedOut = List.copyOf(taggedOut);
    missing = List.copyOf(missing);
    wished = List.copyOf(wished);
    bringIn = List.copyOf(bringIn);
  }

  /** A covered term and the place it stands. */
  public record Hit(String term, String where) {}

  /**
   * An entry of resume.yaml that this variant leaves out and that holds terms of the posting.
   *
   * @param where the entry, as a person recognises it ({@code work: Engineer — Acme})
   * @param tags its tags: naming one in the variant's {@code include:} brings it in
   * @param terms the posting's terms it holds
   */
  public record BringIn(String where, List<String> tags, List<String> terms) {
    public BringIn {
      tags = List.copyOf(tags);
      terms = List.copyOf(terms);
    }
  }

  public int found() {
    return covered.size() + taggedOut.size() + missing.size();
  }

  /**
   * Share of the posting's terms the variant covers, 0–100: a requirement counts twice, a term
   * named only as nice to have once.
   */
  public int coverage() {
    int all =
        weight(covered.stream().map(Hit::term).toList()) + weight(taggedOut) + weight(missing);
    int got = weight(covered.stream().map(Hit::term).toList());
    return all == 0 ? 0 : Math.round(100f * got / all);
  }

  private int weight(List<String> terms) {
    return terms.stream().mapToInt(t -> wished.contains(t) ? 1 : 2).sum();
  }
}
