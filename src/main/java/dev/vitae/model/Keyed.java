package dev.vitae.model;

/** A name resume.yaml may use as a key of a map, such as a word of {@code locale.words}. */
public interface Keyed {

  /** The key as written in resume.yaml. */
  String key();
}
