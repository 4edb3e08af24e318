package dev.vitae.apply;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that must not reach an employer: an address on a domain reserved for examples and tests (RFC
 * 2606 and RFC 6761: example.com, .org, .net, {@code *.example}, {@code *.test}, {@code *.invalid},
 * {@code localhost}), and the marks of a value not yet written ({@code TODO}, {@code xxx}, {@code
 * todo:}, {@code XX%}, a field to fill in such as {@code [Company Name]}, {@code <insert …>} or
 * {@code {company}}, {@code ???}, lorem ipsum).
 */
final class Placeholders {

  private static final Pattern HOST =
      Pattern.compile(
          "(?:@|https?://|(?<![\\p{L}\\p{N}.-]))((?:[\\p{L}\\p{N}-]+\\.)*[\\p{L}\\p{N}-]+)",
          Pattern.CASE_INSENSITIVE);

  /** The marks of a value not written yet, each a pattern; the text it holds is what matched. */
  private static final List<Pattern> MARKS =
      List.of(
          Pattern.compile("(?<![\\p{L}\\p{N}])(?:TODO|FIXME|TBD|TKTK|[xX]{3,})(?![\\p{L}\\p{N}])"),
          // "todo: …" in any case: a Spanish "todo" without its colon is a word, not a mark
          Pattern.compile("(?<![\\p{L}\\p{N}])(?i:todo|fixme)(?=\\s*:)"),
          // a figure to fill in: "XX%", "$XX"
          Pattern.compile("(?<![\\p{L}\\p{N}])[xX]{2,}(?=\\s*%)|(?<=\\$)[xX]{2,}"),
          // a field to fill in: "[Company Name]" (not "[sic]", "[1]"), "<insert a result>" (not
          // "<5 ms"), "{company}", "???"
          Pattern.compile("\\[(?!sic\\])\\p{L}[^\\[\\]\\n]{1,59}\\]"),
          Pattern.compile("<\\p{L}[\\p{L} ,'’-]{1,59}>"),
          Pattern.compile("\\{\\p{L}[\\p{L}\\p{N}_ ]{0,39}\\}"),
          Pattern.compile("\\?{3,}"),
          Pattern.compile("(?i:lorem ipsum)"));

  private Placeholders() {}

  /** Why {@code text} must not go out, naming what in it is a placeholder; empty when it may. */
  static Optional<String> in(String text) {
    Matcher host = HOST.matcher(text);
    while (host.find()) {
      String name = host.group(1).toLowerCase(Locale.ROOT);
      if (reserved(name)) {
        return Optional.of(
            "'%s' is a placeholder: %s is reserved for examples and never reaches anyone"
                .formatted(text, name));
      }
    }
    for (Pattern mark : MARKS) {
      Matcher m = mark.matcher(text);
      if (m.find()) {
        return Optional.of("'%s' is not written yet: it holds '%s'".formatted(text, m.group()));
      }
    }
    return Optional.empty();
  }

  private static boolean reserved(String host) {
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || host.matches("(.+\\.)?example\\.(com|org|net)")
        || host.matches(".+\\.(example|test|invalid)");
  }
}
