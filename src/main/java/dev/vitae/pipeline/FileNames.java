package dev.vitae.pipeline;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Transliterator;
import dev.vitae.model.Places;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** File names fit to attach to an application: {@code Jane-Doe-Resume.pdf}. */
public final class FileNames {

  private FileNames() {}

  /**
   * The person's name as ASCII words joined by '-': "José Ñúñez" → "Jose-Nunez". A word in another
   * script is transliterated (ICU's Any-Latin) and capitalised: "Анна Петрова" → "Anna-Petrova",
   * "王小明" → "Wang-Xiao-Ming", "דנה כהן" → "Dnh-Khn", since application forms do not all take other
   * letters in a file name; Latin words keep their capitals ("Łukasz McKenzie" →
   * "Lukasz-McKenzie").
   */
  public static String person(String name) {
    StringBuilder out = new StringBuilder();
    Transliterator latin = null;
    for (String word : name.strip().split("\\s+", -1)) {
      String ascii = slug(word);
      if (letters(ascii) < letters(word)) {
        // Loaded only for such names: ICU's transliteration data costs a cold start tens of
        // milliseconds.
        latin = latin == null ? Transliterator.getInstance("Any-Latin; Latin-ASCII") : latin;
        String written = latin.transliterate(word);
        ascii =
            slug(
                hasLatinLetters(word)
                    ? written
                    : UCharacter.toTitleCase(Locale.ROOT, written, null));
      }
      if (!ascii.isEmpty()) {
        out.append(out.isEmpty() ? "" : "-").append(ascii);
      }
    }
    String slug = out.toString();
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "Resume" : slug;
  }

  private static boolean hasLatinLetters(String word) {
    return word.codePoints()
        .anyMatch(
            c ->
                Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  private static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static long letters(String s) {
    return s.codePoints().filter(Character::isLetter).count();
  }

  /**
   * Fills a pattern such as {@code {name}-{document}-{variant}}, read as every word with places is
   * ({@link Places}, ICU's message syntax); {@code validate} has refused unknown places and braces
   * that do not pair up ({@code tailor.VariantRules}).
   */
  public static String pattern(String pattern, String person, String document, String variant) {
    String name =
        Places.fill(
            pattern,
            Locale.ROOT,
            Map.of(
                "name", person,
                "document", document,
                "variant", variant.isEmpty() ? "base" : variant));
    return safe(name);
  }

  /** Every run of characters other than ASCII letters, digits, '.', '_' and '-' as one '-'. */
  static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]+", "-");
  }
}
