package dev.vitae.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parts of a posting are wishes rather than requirements: the lines under a "Nice to have",
 * "Bonus", "Preferred" or "Pluses" heading (up to the next line that is not a list item), a line
 * that starts with one ("Bonus: Go, Kubernetes"), and a sentence that says it is one ("… is a
 * plus"). A term found only there weighs half as much as a requirement.
 */
record Requirements(List<Range> optional) {

  private static final Pattern OPTIONAL_HEADING =
      Pattern.compile(
          "^\\s*(?:[-*•]\\s*)?(?:nice[ -]to[ -]haves?|good[ -]to[ -]haves?|bonus(?: points)?|"
              + "preferred(?: qualifications| skills)?|pluses|extra credit)\\b.*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+.*");

  private static final Pattern OPTIONAL_SENTENCE =
      Pattern.compile(
          // a sentence may wrap onto the next line, but does not run on past a blank line
          "(?:[^.!?\\n]|\\n(?![ \\t]*\\n))*\\b(?:(?:is|are|would be) a (?:big |huge )?plus|"
              + "nice to have|a bonus|is preferred|are preferred)\\b(?:[^.!?\\n]|\\n(?![ \\t]*\\n))*",
          Pattern.CASE_INSENSITIVE);

  /** A stretch of the posting, from {@code start} up to {@code end}. */
  record Range(int start, int end) {
    boolean holds(int at) {
      return at >= start && at < end;
    }
  }

  Requirements {
    optional = List.copyOf(optional);
  }

  static Requirements of(String posting) {
    List<Range> out = new ArrayList<>();
    int offset = 0;
    int from = -1;
    for (String line : posting.split("\n", -1)) {
      int end = offset + line.length();
      if (OPTIONAL_HEADING.matcher(line).matches()) {
        from = from < 0 ? offset : from;
      } else if (from >= 0 && !line.isBlank() && !LIST_ITEM.matcher(line).matches()) {
        out.add(new Range(from, offset));
        from = -1;
      }
      offset = end + 1;
    }
    if (from >= 0) {
      out.add(new Range(from, posting.length()));
    }
    Matcher m = OPTIONAL_SENTENCE.matcher(posting);
    while (m.find()) {
      out.add(new Range(m.start(), m.end()));
    }
    return new Requirements(out);
  }

  /** Whether every place in {@code positions} is a wish, not a requirement. */
  boolean onlyWished(List<Integer> positions) {
    return !positions.isEmpty()
        && positions.stream().allMatch(p -> optional.stream().anyMatch(r -> r.holds(p)));
  }
}
