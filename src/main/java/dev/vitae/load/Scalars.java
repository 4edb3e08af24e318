package dev.vitae.load;

import dev.vitae.model.DatePoint;
import dev.vitae.model.Keyed;
import dev.vitae.model.PartialDate;
import dev.vitae.model.Present;
import dev.vitae.model.Records;
import dev.vitae.model.Theme;
import java.util.List;
import java.util.Locale;

/**
 * One written value as a value of the model: the same rules and limits for a scalar of resume.yaml
 * and for a {@code --set} value. Text keeps what was written; a value longer than the limit or
 * holding a character no document can hold is refused.
 */
public final class Scalars {

  static final int MAX_VALUE_LENGTH = 20_000;

  private Scalars() {}

  /** The outcome: a value, or what is wrong with the text and how to fix it. */
  public sealed interface Converted {
    record Value(Object value) implements Converted {}

    record Refused(String message, String hint) implements Converted {}
  }

  /**
   * Converts {@code text} to {@code type}, a {@link Records#isScalar scalar} type or a record that
   * {@link Records#acceptsText accepts text}.
   *
   * @param name the field's key, for messages ({@code fit}, {@code sections[2]})
   */
  public static Converted convert(Class<?> type, String text, String name) {
    if (text.length() > MAX_VALUE_LENGTH) {
      return new Converted.Refused(
          String.format(
              Locale.ROOT,
              "'%s' is %,d characters long; the limit is %,d",
              name,
              text.length(),
              MAX_VALUE_LENGTH),
          "shorten it: a résumé value is a few lines at most");
    }
    int bad = unprintable(text);
    if (bad >= 0) {
      return new Converted.Refused(
          String.format(Locale.ROOT, "'%s' holds the unprintable character U+%04X", name, bad),
          "delete the escape that writes it (such as \\0, \\x07 or \\uFFFF): applicant-tracking "
              + "systems cannot read it, and XHTML cannot hold it");
    }
    if (type == String.class) {
      return new Converted.Value(text);
    }
    if (type == Integer.class) {
      return integer(text, name);
    }
    if (type == PartialDate.class || type == DatePoint.class) {
      return date(text, name, type == DatePoint.class);
    }
    if (Records.isChoice(type)) {
      return choice(type, text, name);
    }
    if (type == Theme.class) {
      return Theme.parse(text)
          .<Converted>map(Converted.Value::new)
          .orElseGet(
              () ->
                  new Converted.Refused(
                      "theme '%s' is not a theme name".formatted(text),
                      "use modern or classic, or the NAME of your own resume-NAME.ftlx "
                          + "(lower-case letters, digits, '-')"));
    }
    if (Records.acceptsText(type)) {
      return new Converted.Value(Records.fromText(type, text));
    }
    throw new IllegalArgumentException("not written as one value: " + type);
  }

  private static Converted integer(String text, String name) {
    try {
      return new Converted.Value(Integer.valueOf(text.strip()));
    } catch (NumberFormatException e) {
      return new Converted.Refused(
          "'%s' must be a whole number, not '%s'".formatted(name, text), "for example: 2");
    }
  }

  private static Converted date(String text, String name, boolean presentAllowed) {
    if (text.strip().equalsIgnoreCase("present")) {
      return presentAllowed
          ? new Converted.Value(new Present())
          : new Converted.Refused(
              "'%s' cannot be 'present'".formatted(name),
              "write a date: YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return PartialDate.parse(text)
        .<Converted>map(Converted.Value::new)
        .orElseGet(
            () ->
                new Converted.Refused(
                    "'%s' is not a date: '%s'".formatted(name, text),
                    "write YYYY, YYYY-MM or YYYY-MM-DD"
                        + (presentAllowed ? ", or 'present'" : "")
                        + ", e.g. '2021-03'"));
  }

  @SuppressWarnings("unchecked")
  private static Converted choice(Class<?> type, String text, String name) {
    List<String> keys = Keyed.keys(type);
    return Keyed.of((Class<? extends Keyed>) type, text)
        .<Converted>map(Converted.Value::new)
        .orElseGet(
            () ->
                new Converted.Refused(
                    "unknown value '%s' for %s".formatted(text, name.replaceAll("\\[\\d+]$", "")),
                    Suggestions.closest(text, keys)
                        .map(k -> "did you mean '" + k + "'?")
                        .orElseGet(() -> "it can be " + alternatives(keys))));
  }

  /** {@code 'a' or 'b'}; {@code 'a', 'b' or 'c'}. */
  private static String alternatives(List<String> keys) {
    List<String> quoted = keys.stream().map(k -> "'" + k + "'").toList();
    return quoted.size() == 1
        ? quoted.get(0)
        : String.join(", ", quoted.subList(0, quoted.size() - 1))
            + " or "
            + quoted.get(quoted.size() - 1);
  }

  /**
   * The first character a double-quoted escape can write but no document can hold: a control
   * character other than tab and line breaks, a lone surrogate, U+FFFE or U+FFFF; else -1.
   */
  private static int unprintable(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      boolean control =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
      if (control
          || (Character.isSurrogate((char) c) && c <= 0xFFFF)
          || c == 0xFFFE
          || c == 0xFFFF) {
        return c;
      }
      i += Character.charCount(c);
    }
    return -1;
  }
}
