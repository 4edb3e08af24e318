package dev.vitae.pipeline;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/** File names fit to attach to an application: {@code Jane-Doe-Resume.pdf}. */
public final class FileNames {

  private FileNames() {}

  /**
   * The person's name as ASCII words joined by '-': "José Ñúñez" → "Jose-Nunez". A name in another
   * script is transliterated first (ICU's Any-Latin): "Анна Петрова" → "Anna-Petrova", "王小明" →
   * "Wang-Xiao-Ming", "דנה כהן" → "Dnh-Khn", since application forms do not all take other letters
   * in a file name.
   */
  public static String person(String name) {
    String slug = slug(name);
    if (slug.isEmpty() || letters(slug) < letters(name)) {
      // Loaded only for such names: ICU's transliteration data costs a cold start tens of milliseconds.
      String latin = Transliterator.getInstance("Any-Latin; Latin-ASCII").transliterate(name);
      slug = slug(UCharacter.toTitleCase(Locale.ROOT, latin, null));
    }
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "Resume" : slug;
  }

  private static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static long letters(String s) {
    return s.codePoints().filter(Character::isLetter).count();
  }

  /** Fills a pattern such as {@code {name}-{document}-{variant}}. */
  public static String pattern(String pattern, String person, String document, String variant) {
    String name = pattern.replace("{name}", person).replace("{document}", document)
        .replace("{variant}", variant.isEmpty() ? "base" : variant);
    return name.replaceAll("[^A-Za-z0-9._-]+", "-");
  }
}
