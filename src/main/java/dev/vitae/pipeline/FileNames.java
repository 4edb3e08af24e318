package dev.vitae.pipeline;

import java.text.Normalizer;

/** File names fit to attach to an application: {@code Jane-Doe-Resume.pdf}. */
public final class FileNames {

  private FileNames() {}

  /** The person's name as ASCII words joined by '-', e.g. "José Ñúñez" → "Jose-Nunez". */
  public static String person(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "Resume" : slug;
  }

  /** Fills a pattern such as {@code {name}-{document}-{variant}}. */
  public static String pattern(String pattern, String person, String document, String variant) {
    String name = pattern.replace("{name}", person).replace("{document}", document)
        .replace("{variant}", variant.isEmpty() ? "base" : variant);
    return name.replaceAll("[^A-Za-z0-9._-]+", "-");
  }
}
