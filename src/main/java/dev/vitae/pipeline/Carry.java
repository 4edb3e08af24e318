package dev.vitae.pipeline;

import java.util.Set;

/**
 * Which files of the previous build a new build keeps beside its own: a whole build replaces
 * everything; a partial one ({@code --only}, {@code --variant}, {@code --set}, {@code watch}) keeps
 * the files it did not write, and with {@code --clean} only those that still belong.
 */
public sealed interface Carry {

  /** Keeps nothing: {@code out/} holds exactly this build. */
  record Nothing() implements Carry {}

  /** Keeps every previous file this build does not write again. */
  record Everything() implements Carry {}

  /**
   * Keeps the previous files whose name, inside {@code out/}, starts with one of these bases and
   * then '.' or '-' ({@code backend/Ada-Resume-backend} keeps its .pdf, .txt and -1.png).
   */
  record Only(Set<String> bases) implements Carry {
    public Only {
      bases = Set.copyOf(bases);
    }
  }

  /** Whether a previous file is kept. */
  default boolean keeps(String file) {
    return switch (this) {
      case Nothing n -> false;
      case Everything e -> true;
      case Only o ->
          o.bases().stream().anyMatch(b -> file.startsWith(b + ".") || file.startsWith(b + "-"));
    };
  }
}
