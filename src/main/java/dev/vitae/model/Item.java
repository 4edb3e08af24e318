package dev.vitae.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of text that can be tailored: a bullet, a skill keyword. Written in YAML either as plain
 * text or as a mapping with {@code text}, {@code tags} and {@code priority}.
 */
public record Item(@Required String text, List<String> tags, @Nullable Integer priority) {

  /** The plain-text form. */
  public static Item of(String text) {
    return new Item(text, List.of(), null);
  }
}
