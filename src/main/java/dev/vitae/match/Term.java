package dev.vitae.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A skill or technology with the other ways postings write it ("PostgreSQL", "Postgres"). */
public record Term(String name, List<String> aliases) {

  /**
   * A form written in lower-case words ("caching", "background jobs"), at least this long, is also
   * found in its other word forms; a name ("RESTful", "PostgreSQL") only as written, since its stem
   * may be a common word ("rest").
   */
  private static final int STEMMED = 5;

  private static final Pattern WORDS = Pattern.compile("[\\p{Ll} ]+");

  public Term {
    aliases = List.copyOf(aliases);
  }

  /**
   * Finds this term in a text, as a whole word, ignoring case, in any English word form of a term
   * written in words ("caching" finds "cache"); -1 when absent.
   */
  public int indexIn(String text) {
    return indexIn(Words.of(text));
  }

  int indexIn(Words text) {
    return positions(text).stream().mapToInt(Integer::intValue).min().orElse(-1);
  }

  /** Every place the term starts in the text, in any of its forms. */
  List<Integer> positions(Words text) {
    List<Integer> out = new ArrayList<>();
    for (String form : forms()) {
      Matcher m = pattern(form).matcher(text.text());
      while (m.find()) {
        out.add(m.start());
      }
      if (form.length() >= STEMMED && WORDS.matcher(form).matches()) {
        out.addAll(text.find(Words.stems(form)));
      }
    }
    return out;
  }

  List<String> forms() {
    return Stream.concat(Stream.of(name), aliases.stream()).toList();
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
