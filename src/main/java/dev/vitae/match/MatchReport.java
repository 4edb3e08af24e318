package dev.vitae.match;

import java.util.List;

/**
 * How well one variant covers a posting.
 *
 * @param covered terms the variant shows, each with where
 * @param taggedOut terms resume.yaml has but this variant leaves out
 * @param missing terms resume.yaml does not have at all
 */
public record MatchReport(
    String variant, List<Hit> covered, List<String> taggedOut, List<String> missing) {

  /** A covered term and the place it stands. */
  public record Hit(String term, String where) {}

  public int found() {
    return covered.size() + taggedOut.size() + missing.size();
  }

  /** Share of the posting's terms the variant covers, 0–100. */
  public int coverage() {
    return found() == 0 ? 0 : Math.round(100f * covered.size() / found());
  }
}
