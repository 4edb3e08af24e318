package dev.vitae.view;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.util.ULocale;
import dev.vitae.model.Localization;
import dev.vitae.model.Resume;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a résumé is written, from its {@code locale:}: the language tag its documents declare, the
 * side its pages start on and how its dates read.
 *
 * @param language a BCP 47 tag, or empty when neither resume.yaml nor its text tells
 * @param titles section headings by section key, as {@code locale.titles} gives them
 */
public record Writing(String language, Direction direction, Dates dates, Map<String, String> titles) {

  /** Every section key a heading can be given for, in the résumé and in the dossier. */
  public static final Set<String> TITLED = Stream.concat(
          Stream.concat(ResumeViews.DEFAULT_ORDER.stream(), Stream.of("systems", "contents")),
          DossierViews.DEFAULT_TITLES.keySet().stream())
      .collect(Collectors.toCollection(TreeSet::new));

  public static Writing of(Resume r) {
    Localization l = r.locale();
    String tag = l == null ? null : l.language();
    Locale locale = tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag);
    Direction direction;
    if (l != null && l.direction() != null) {
      direction = l.direction().equals("rtl") ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
    } else if (tag != null) {
      direction = ULocale.forLocale(locale).isRightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
    } else {
      direction = Bidi.getBaseDirection(r.basics().name()) == Bidi.RTL ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
    }
    String present = l == null || l.present() == null ? "Present" : l.present();
    String language = tag != null ? locale.toLanguageTag() : direction.rightToLeft() ? "" : "en";
    Map<String, String> titles = l == null ? Map.of() : l.titles();
    return new Writing(language, direction, new Dates(locale, present), titles);
  }

  /** A section's heading: the one resume.yaml gives in its language, else {@code english}. */
  public String title(String key, String english) {
    return titles.getOrDefault(key, english);
  }
}
