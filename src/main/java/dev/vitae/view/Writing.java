package dev.vitae.view;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.util.ULocale;
import dev.vitae.model.Localization;
import dev.vitae.model.Resume;
import dev.vitae.model.Word;
import dev.vitae.view.DossierView.FooterPiece;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a résumé is written, from its {@code locale:}: the language tag its documents declare, the
 * side its pages start on, how its dates read and the words vitae prints itself.
 *
 * @param language a BCP 47 tag, or empty when neither resume.yaml nor its text tells
 * @param words the words {@code locale.words} gives, by key ({@link Word} lists the keys)
 */
public record Writing(
    String language, Direction direction, Dates dates, Map<String, String> words) {

  public Writing {
    words = Map.copyOf(words);
  }

  public static Writing of(Resume r) {
    Localization l = r.locale();
    String tag = l == null ? null : l.language();
    Locale locale = tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag);
    Direction direction;
    if (l != null && l.direction() != null) {
      direction = l.direction().equals("rtl") ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
    } else if (tag != null) {
      direction =
          ULocale.forLocale(locale).isRightToLeft()
              ? Direction.RIGHT_TO_LEFT
              : Direction.LEFT_TO_RIGHT;
    } else {
      direction =
          Bidi.getBaseDirection(r.basics().name()) == Bidi.RTL
              ? Direction.RIGHT_TO_LEFT
              : Direction.LEFT_TO_RIGHT;
    }
    String language = tag != null ? locale.toLanguageTag() : direction.rightToLeft() ? "" : "en";
    Map<String, String> words = l == null ? Map.of() : l.words();
    String present = words.getOrDefault(Word.PRESENT.key(), Word.PRESENT.english());
    return new Writing(language, direction, new Dates(locale, present), words);
  }

  /**
   * A section's heading, by section key: the one resume.yaml gives in its language, else the
   * English one.
   */
  public String heading(String key) {
    return words.getOrDefault(key, Word.of(key).orElseThrow().english());
  }

  /** A section's heading, with a document's own English one. */
  public String title(String key, String english) {
    return words.getOrDefault(key, english);
  }

  /** Text in capitals, as the document's language writes them ("ß" becomes "SS"). */
  public String capitals(String s) {
    return s.toUpperCase(java.util.Locale.forLanguageTag(language));
  }

  /** A word, as resume.yaml gives it or in English. */
  public String word(Word w) {
    return words.getOrDefault(w.key(), w.english());
  }

  /** A word with places, filled: {@code word(CASE, "n", 1, "count", 4)} → "Dossier 1 of 4". */
  public String word(Word w, Object... places) {
    String out = word(w);
    for (int i = 0; i < places.length; i += 2) {
      out = out.replace("{" + places[i] + "}", String.valueOf(places[i + 1]));
    }
    return out;
  }

  /** Every word, headings too, for templates: {@code doc.words.problem}. */
  public Map<String, String> all() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Word w : Word.values()) {
      out.put(w.key(), word(w));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The dossier's page footer, "page {page} of {pages}" cut into its text and its page counters, so
   * that the text stays in the document (set in every font it needs) and the counters are CSS's.
   */
  public List<FooterPiece> pageFooter() {
    List<FooterPiece> out = new ArrayList<>();
    String text = word(Word.PAGES);
    Matcher m = Pattern.compile("\\{(pages?)}").matcher(text);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(new FooterPiece(text.substring(at, m.start()), ""));
      }
      out.add(new FooterPiece("", m.group(1)));
      at = m.end();
    }
    if (at < text.length()) {
      out.add(new FooterPiece(text.substring(at), ""));
    }
    return List.copyOf(out);
  }
}
