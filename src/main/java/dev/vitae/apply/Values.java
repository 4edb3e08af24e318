package dev.vitae.apply;

import dev.vitae.model.Records;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every piece of text in a record, with the path the loader keeps its position under ({@code
 * letter.paragraphs[2]}, {@code basics.profiles[0].url}).
 */
final class Values {

  /** One written text and where it stands. */
  record Text(String path, String value) {}

  private Values() {}

  static List<Text> of(Object value, String path) {
    List<Text> out = new ArrayList<>();
    walk(value, path, out);
    return List.copyOf(out);
  }

  private static void walk(@Nullable Object value, String path, List<Text> out) {
    switch (value) {
      case null -> {}
      case String s -> out.add(new Text(path, s));
      case List<?> list -> {
        for (int i = 0; i < list.size(); i++) {
          walk(list.get(i), path + "[" + i + "]", out);
        }
      }
      case Map<?, ?> map -> map.forEach((k, v) -> walk(v, path + "." + k, out));
      case Record r -> {
        for (Records.Field f : Records.fields(r.getClass())) {
          // a record written as text (a bullet) keeps its position under its own path
          String at =
              Records.acceptsText(r.getClass()) && f.raw() == String.class
                  ? path
                  : join(path, f.key());
          walk(f.of(r), at, out);
        }
      }
      default -> {}
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
