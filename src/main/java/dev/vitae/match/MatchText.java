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
        out.append(line('+', hit.term(), hit.where(), r));
      }
      for (String t : r.taggedOut()) {
        out.append(line('~', t, "in resume.yaml, tagged out of this variant", r));
      }
      for (String t : r.missing()) {
        out.append(line('-', t, "not in resume.yaml", r));
      }
      for (MatchReport.BringIn b : r.bringIn()) {
        out.append("  bring in ").append(bringIn(b)).append('\n');
      }
    }
    return out.toString();
  }

  /** {@code skills: Real-time Systems (tags: realtime): ModMail, Socket.IO}. */
  public static String bringIn(MatchReport.BringIn b) {
    return b.where()
        + (b.tags().isEmpty() ? "" : " (tags: " + String.join(", ", b.tags()) + ")")
        + ": "
        + String.join(", ", b.terms());
  }

  private static String line(char mark, String term, String what, MatchReport r) {
    String wished = r.wished().contains(term) ? " (nice to have)" : "";
    return String.format(Locale.ROOT, "  %c %-24s %s%s\n", mark, term, what, wished);
  }
}
