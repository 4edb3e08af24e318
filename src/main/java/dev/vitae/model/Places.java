package dev.vitae.model;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A word with places, such as "Dossier {n} of {count}", read as an ICU message: a name in braces is
 * a place, every other character is text. Apostrophes, ICU's quoting character, are always text, so
 * that "l'{n}" or "it's" need no quoting in resume.yaml.
 */
public final class Places {

  private Places() {}

  /**
   * One piece of a word: text, or a place.
   *
   * @param text the text, empty for a place
   * @param place the place's name, empty for text
   */
  public record Piece(String text, String place) {}

  /**
   * The word's pieces in order, text and places.
   *
   * @throws IllegalArgumentException when a brace is not closed or a place is more than a name
   */
  public static List<Piece> pieces(String word) {
    MessagePattern pattern = pattern(word);
    String s = pattern.getPatternString();
    List<Piece> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int at = 0;
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      switch (part.getType()) {
        case MSG_START -> at = part.getLimit();
        case SKIP_SYNTAX -> {
          text.append(s, at, part.getIndex());
          at = part.getLimit();
        }
        case ARG_START -> {
          text.append(s, at, part.getIndex());
          flush(text, out);
          if (part.getArgType() != MessagePattern.ArgType.NONE) {
            int end = pattern.getPart(pattern.getLimitPartIndex(i)).getLimit();
            throw new IllegalArgumentException(
                "'%s' is not a place; a place is a name in braces"
                    .formatted(s.substring(part.getIndex(), end)));
          }
          out.add(new Piece("", pattern.getSubstring(pattern.getPart(i + 1))));
          i = pattern.getLimitPartIndex(i);
          at = pattern.getPart(i).getLimit();
        }
        case MSG_LIMIT -> {
          text.append(s, at, part.getIndex());
          flush(text, out);
        }
        default -> {}
      }
    }
    return List.copyOf(out);
  }

  /** The names of the word's places, in order. */
  public static List<String> names(String word) {
    return pieces(word).stream().map(Piece::place).filter(p -> !p.isEmpty()).toList();
  }

  /**
   * The word with its places filled, numbers in the language's way but with the digits 0–9 (as the
   * page counters are).
   */
  public static String fill(String word, Locale locale, Map<String, ?> values) {
    names(word);
    ULocale latinDigits = ULocale.forLocale(locale).setKeywordValue("numbers", "latn");
    return new MessageFormat(pattern(word).getPatternString(), latinDigits).format(values);
  }

  private static MessagePattern pattern(String word) {
    try {
      return new MessagePattern(word.replace("'", "''"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("its braces do not pair up around place names", e);
    }
  }

  private static void flush(StringBuilder text, List<Piece> out) {
    if (!text.isEmpty()) {
      out.add(new Piece(text.toString(), ""));
      text.setLength(0);
    }
  }
}
