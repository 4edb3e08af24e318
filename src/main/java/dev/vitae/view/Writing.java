package dev.vitae.view;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.util.ULocale;
import dev.vitae.model.Localization;
import dev.vitae.model.Places;
import dev.vitae.model.Resume;
import dev.vitae.model.Word;
import dev.vitae.view.DossierView.FooterPiece;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
      direction =
          l.direction() == dev.vitae.model.Direction.RTL
              ? Direction.RIGHT_TO_LEFT
              : Direction.LEFT_TO_RIGHT;
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
    return new Writing(language, direction, Dates.of(locale, present), words);
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

  /**
   * A word with places, filled by ICU's message format: {@code word(CASE, Map.of("n", 1, "count",
   * 4))} → "Dossier 1 of 4".
   */
  public String word(Word w, Map<String, ?> places) {
    return Places.fill(word(w), locale(), places);
  }

  /**
   * A country by its name in the résumé's language ("GB" is "United Kingdom", in German
   * "Vereinigtes Königreich"); a code that is not a region's stays as written.
   */
  public String country(String code) {
    try {
      String name =
          new Locale.Builder()
              .setRegion(code.strip())
              .build()
              .getDisplayCountry(language.isEmpty() ? Locale.ENGLISH : locale());
      return name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code : name;
    } catch (java.util.IllformedLocaleException e) {
      return code;
    }
  }

  private Locale locale() {
    return language.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(language);
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
    return Places.pieces(word(Word.PAGES)).stream()
        .map(p -> new FooterPiece(p.text(), p.place()))
        .toList();
  }
}
