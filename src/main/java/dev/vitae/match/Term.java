package dev.vitae.match;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A skill or technology with the other ways postings write it ("PostgreSQL", "Postgres"). */
public record Term(String name, List<String> aliases) {

  public Term {
    aliases = List.copyOf(aliases);
  }

  /** Finds this term in a text, as a whole word, ignoring case; -1 when absent. */
  public int indexIn(String text) {
    int best = -1;
    for (String form : forms()) {
      var m = pattern(form).matcher(text);
      if (m.find() && (best < 0 || m.start() < best)) {
        best = m.start();
      }
    }
    return best;
  }

  List<String> forms() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
        .toList();
  }

  String key() {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * Short forms ("Go", "AWS", "REST") match their case only, so that "go" and "rest" in prose do
   * not.
   */
  private static Pattern pattern(String form) {
    int flags = form.length() <= 4 ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}]|\\.[\\p{L}])", flags);
  }
}
