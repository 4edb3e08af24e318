package dev.vitae.tailor;

import java.util.List;
import java.util.Map;

/**
 * One {@code --set path=value} flag: a dotted path into the résumé ({@code work[0].position}) and
 * the text given for it, converted as resume.yaml's own text would be.
 */
public record Assignment(String path, String value) {

  /** The flags of a map that keeps the order they were given in ({@code LinkedHashMap}). */
  public static List<Assignment> inOrder(Map<String, String> given) {
    return given.entrySet().stream().map(e -> new Assignment(e.getKey(), e.getValue())).toList();
  }

  /** The flag as the user wrote its name: {@code --set work[0].position}. */
  public String flag() {
    return "--set " + path;
  }
}
