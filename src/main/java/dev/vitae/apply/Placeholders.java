package dev.vitae.apply;

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

  private static final Pattern MARK =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(TODO|FIXME|TBD|TKTK|[xX]{3,})(?![\\p{L}\\p{N}])"
              // "todo: …" in any case (a Spanish "todo" is a word, not a mark), "XX%", "$XX"
              + "|(?<![\\p{L}\\p{N}])((?i:todo|fixme)(?=\\s*:)|[xX]{2,}(?=\\s*%)|(?<=\\$)[xX]{2,})"
              // a field to fill in: "[Company Name]", "<insert a result>", "{company}", "???"
              + "|(\\[(?!sic\\])\\p{L}[^\\[\\]\\n]{1,59}\\]|<\\p{L}[\\p{L} ,'’-]{1,59}>"
              + "|\\{\\p{L}[\\p{L}\\p{N}_ ]{0,39}\\}|\\?{3,})"
              + "|((?i:lorem ipsum))");

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
    Matcher mark = MARK.matcher(text);
    if (mark.find()) {
      return Optional.of("'%s' is not written yet: it holds '%s'".formatted(text, mark.group()));
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
