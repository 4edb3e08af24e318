package dev.vitae.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean…?": the closest known name to a misspelt one. */
public final class Suggestions {

  private Suggestions() {}

  /** The known name nearest to {@code wrong}, if it is near enough to be a typo. */
  public static Optional<String> closest(String wrong, Collection<String> known) {
    String w = wrong.toLowerCase(Locale.ROOT);
    return known.stream()
        .min(
            Comparator.comparingInt((String k) -> distance(w, k.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()))
        .filter(
            k ->
                distance(w, k.toLowerCase(Locale.ROOT))
                    <= Math.max(1, Math.min(3, k.length() / 3)));
  }

  /** A hint naming the closest name, else listing the known ones. */
  public static String hint(String wrong, Collection<String> known) {
    return closest(wrong, known)
        .map(k -> "did you mean '" + k + "'?")
        .orElseGet(() -> "known keys here: " + String.join(", ", known));
  }

  /** Edit distance where swapping two neighbouring letters counts as one edit. */
  static int distance(String a, String b) {
    int[] before = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], before[j - 2] + 1);
        }
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
