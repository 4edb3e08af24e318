package dev.vitae.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum constant whose lower-case name resume.yaml writes: as a value ({@code fit: strict}) or as
 * a key of a map ({@code locale.words}).
 */
public interface Keyed {

  /** The constant's name, as {@link Enum#name()} gives it. */
  String name();

  /** The key as written in resume.yaml. */
  default String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The keys of an enum of {@link Keyed} constants, in their order. */
  static List<String> keys(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(k -> ((Keyed) k).key()).toList();
  }

  /** The constant of {@code type} written as {@code key}, exactly. */
  static <E extends Keyed> Optional<E> of(Class<E> type, String key) {
    return Arrays.stream(type.getEnumConstants()).filter(k -> k.key().equals(key)).findFirst();
  }
}
