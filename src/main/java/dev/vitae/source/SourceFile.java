package dev.vitae.source;

import java.util.List;

/** The text of an input file, with its name as the user gave it, split into lines for messages. */
public record SourceFile(String name, String text) {

  public List<String> lines() {
    return text.lines().toList();
  }

  /** The text of a 1-based line, or empty past the end. */
  public String line(int number) {
    List<String> lines = lines();
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }
}
