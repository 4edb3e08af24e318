package dev.vitae.match;

import java.util.List;
import java.util.Locale;

/** The match reports as a person reads them: variants by coverage, then each one's terms. */
public final class MatchText {

  private MatchText() {}

  /** The reports, best first, as lines ending in a newline. */
  public static String of(List<MatchReport> reports) {
    StringBuilder out = new StringBuilder();
    if (reports.isEmpty() || reports.get(0).found() == 0) {
      return "no known skill or technology terms found in the posting\n";
    }
    out.append("posting names ")
        .append(reports.get(0).found())
        .append(" terms; variants by coverage:\n");
    for (MatchReport r : reports) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-12s %3d%%  (%d of %d)\n",
              r.variant(),
              r.coverage(),
              r.covered().size(),
              r.found()));
    }
    for (MatchReport r : reports) {
      out.append('\n').append(r.variant()).append(":\n");
      for (var hit : r.covered()) {
        out.append(String.format(Locale.ROOT, "  + %-24s %s\n", hit.term(), hit.where()));
      }
      for (String t : r.taggedOut()) {
        out.append(
            String.format(
                Locale.ROOT, "  ~ %-24s in resume.yaml, tagged out of this variant\n", t));
      }
      for (String t : r.missing()) {
        out.append(String.format(Locale.ROOT, "  - %-24s not in resume.yaml\n", t));
      }
    }
    return out.toString();
  }
}
