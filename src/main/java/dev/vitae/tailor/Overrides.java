package dev.vitae.tailor;

import dev.vitae.load.Suggestions;
import dev.vitae.model.DatePoint;
import dev.vitae.model.Item;
import dev.vitae.model.PartialDate;
import dev.vitae.model.Present;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --set basics.label="Platform Engineer"}: replaces one value of the résumé by its path,
 * building new records along the way. Lists are addressed by index ({@code work[0].position}); a
 * list of text takes comma-separated values.
 */
public final class Overrides {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z$][A-Za-z0-9]*)(?:\\[(\\d+)])?");

  private Overrides() {}

  public static <T> T apply(T resume, Map<String, String> sets) {
    T out = resume;
    for (var e : sets.entrySet()) {
      out = set(out, e.getKey(), e.getValue());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static <T> T set(T root, String path, String value) {
    List<String> segments = Arrays.asList(path.split("\\.", -1));
    return (T) setIn(root, root.getClass(), segments, 0, path, value);
  }

  private static Object setIn(
      Object target, Type type, List<String> segments, int at, String path, String value) {
    Class<?> raw = raw(type);
    if (!raw.isRecord()) {
      throw new TailorError(
          "--set %s: '%s' has no fields".formatted(path, String.join(".", segments.subList(0, at))),
          "name a text field, e.g. basics.label");
    }
    Matcher m = SEGMENT.matcher(segments.get(at));
    if (!m.matches()) {
      throw new TailorError(
          "--set %s: '%s' is not a field name".formatted(path, segments.get(at)),
          "write the path with dots, e.g. work[0].position");
    }
    String name = m.group(1);
    RecordComponent[] components = raw.getRecordComponents();
    int index = -1;
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        index = i;
      }
    }
    if (index < 0) {
      List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
      throw new TailorError(
          "--set %s: unknown field '%s'".formatted(path, name), Suggestions.hint(name, names));
    }
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = read(components[i], target);
    }
    RecordComponent c = components[index];
    boolean last = at == segments.size() - 1;
    if (m.group(2) != null) {
      if (raw(c.getGenericType()) != List.class) {
        throw new TailorError(
            "--set %s: '%s' is not a list".formatted(path, name), "drop the [index]");
      }
      List<Object> list = new ArrayList<>((List<?>) values[index]);
      int i = Integer.parseInt(m.group(2));
      if (i >= list.size()) {
        throw new TailorError(
            "--set %s: %s has %d entries".formatted(path, name, list.size()),
            "count from 0: the first entry is %s[0]".formatted(name));
      }
      Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
      list.set(
          i,
          last
              ? convert(element, value, path)
              : setIn(list.get(i), element, segments, at + 1, path, value));
      values[index] = List.copyOf(list);
    } else if (last) {
      values[index] = convert(c.getGenericType(), value, path);
    } else {
      Object child = values[index];
      if (child == null) {
        throw new TailorError(
            "--set %s: '%s' is not in the résumé".formatted(path, name),
            "add it to resume.yaml first");
      }
      values[index] = setIn(child, c.getGenericType(), segments, at + 1, path, value);
    }
    try {
      Class<?>[] types =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      return raw.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object convert(Type type, String value, String path) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return value;
    }
    if (raw == Integer.class) {
      try {
        return Integer.valueOf(value.strip());
      } catch (NumberFormatException e) {
        throw new TailorError(
            "--set %s: '%s' is not a whole number".formatted(path, value), "for example: 2");
      }
    }
    if (raw == PartialDate.class || raw == DatePoint.class) {
      if (raw == DatePoint.class && value.strip().equalsIgnoreCase("present")) {
        return new Present();
      }
      return PartialDate.parse(value)
          .orElseThrow(
              () ->
                  new TailorError(
                      "--set %s: '%s' is not a date".formatted(path, value),
                      "write YYYY, YYYY-MM or YYYY-MM-DD"));
    }
    if (raw == Item.class) {
      return Item.of(value);
    }
    if (raw == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> out = new ArrayList<>();
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(convert(element, part.strip(), path));
        }
      }
      return List.copyOf(out);
    }
    throw new TailorError(
        "--set %s: only text, numbers, dates and lists of text can be set".formatted(path),
        "set one of its fields instead, e.g. %s.name".formatted(path));
  }

  private static Object read(RecordComponent c, Object target) {
    try {
      return c.getAccessor().invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }
}
