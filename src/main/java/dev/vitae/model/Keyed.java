package dev.vitae.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An enum constant whose lower-case name resume.yaml uses as a key of a map ({@code locale.words}).
 */
public interface Keyed {

  /** The constant's name, as {@link Enum#name()} gives it. */
  String name();

  /** The key as written in resume.yaml. */
  default String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The keys of an enum of {@link Keyed} constants, in their order. */
  static List<String> keys(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(k -> ((Keyed) k).key()).toList();
  }
}
