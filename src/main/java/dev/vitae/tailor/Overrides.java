package dev.vitae.tailor;

import dev.vitae.load.Scalars;
import dev.vitae.load.Suggestions;
import dev.vitae.model.Records;
import dev.vitae.model.Resume;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --set basics.label="Platform Engineer"}: replaces values of the résumé by their paths, in
 * the order given, building new records along the way. A path names fields by their keys in
 * resume.yaml; lists are addressed by index ({@code work[0].position}), and a list of values takes
 * comma-separated ones. Every value goes through the loader's converter, with its limits.
 */
public final class Overrides {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z$][A-Za-z0-9]*)(?:\\[(\\d+)])?");

  private Overrides() {}

  /**
   * The résumé with every assignment applied in order, or every reason some cannot be.
   *
   * @param resume the résumé, as tailored
   */
  public record Applied(Resume resume, List<FlagError> errors) {

    public Applied {
      errors = List.copyOf(errors);
    }
  }

  public static Applied apply(Resume resume, List<Assignment> sets) {
    Resume out = resume;
    List<FlagError> errors = new ArrayList<>();
    for (Assignment a : sets) {
      try {
        out = (Resume) setIn(out, Resume.class, a.path().split("\\.", -1), 0, a);
      } catch (Refused r) {
        errors.add(new FlagError(a.flag(), r.message, r.hint));
      }
    }
    return new Applied(out, errors);
  }

  private static Object setIn(Object target, Type type, String[] segments, int at, Assignment a)
      throws Refused {
    String where = at == 0 ? "the top level" : String.join(".", List.of(segments).subList(0, at));
    Class<?> raw = Records.raw(type);
    if (raw == Map.class) {
      throw new Refused(
          "--set cannot reach into the mapping '%s'".formatted(where), "change it in resume.yaml");
    }
    if (!Records.isRecord(raw)) {
      throw new Refused(
          "'%s' has no keys: it is one value".formatted(where), "set it alone: --set " + where);
    }
    Matcher m = SEGMENT.matcher(segments[at]);
    if (!m.matches()) {
      throw new Refused(
          "'%s' is not a key".formatted(segments[at]),
          "write the path with dots, e.g. work[0].position");
    }
    String key = m.group(1);
    Records.Field field =
        Records.field(raw, key)
            .orElseThrow(
                () ->
                    new Refused(
                        "unknown key '%s' in %s".formatted(key, where),
                        Suggestions.hint(key, Records.keys(raw))));
    Record record = (Record) target;
    Object current = field.of(record);
    boolean last = at == segments.length - 1;
    Object value;
    if (m.group(2) != null) {
      if (field.raw() != List.class) {
        throw new Refused("'%s' is not a list".formatted(key), "drop the [index]");
      }
      List<Object> list = new ArrayList<>((List<?>) current);
      int i = Integer.parseInt(m.group(2));
      if (i >= list.size()) {
        throw new Refused(
            "%s has %d entries".formatted(key, list.size()),
            "count from 0: the first entry is %s[0]".formatted(key));
      }
      Type element = Records.element(field.type());
      list.set(
          i,
          last
              ? convert(element, a.value(), key + "[" + i + "]", a)
              : setIn(list.get(i), element, segments, at + 1, a));
      value = List.copyOf(list);
    } else if (last) {
      value = convert(field.type(), a.value(), key, a);
    } else if (current == null) {
      throw new Refused("'%s' is not in the résumé".formatted(key), "add it to resume.yaml first");
    } else {
      value = setIn(current, field.type(), segments, at + 1, a);
    }
    return Records.with(record, field.key(), value);
  }

  private static Object convert(Type type, String text, String name, Assignment a) throws Refused {
    Class<?> raw = Records.raw(type);
    if (raw == List.class) {
      List<Object> out = new ArrayList<>();
      String[] parts = text.split(",", -1);
      for (int i = 0; i < parts.length; i++) {
        if (!parts[i].isBlank()) {
          out.add(
              convert(Records.element(type), parts[i].strip(), name + "[" + out.size() + "]", a));
        }
      }
      return List.copyOf(out);
    }
    if (raw == Map.class) {
      throw new Refused(
          "'%s' is a mapping; --set cannot set it".formatted(name), "change it in resume.yaml");
    }
    if (!Records.isScalar(raw) && !Records.acceptsText(raw)) {
      throw new Refused(
          "'%s' holds several fields; only a value or a list of values can be set".formatted(name),
          "set one of its fields instead, e.g. %s.%s"
              .formatted(a.path(), Records.keys(raw).get(0)));
    }
    return switch (Scalars.convert(raw, text, name)) {
      case Scalars.Converted.Value v -> v.value();
      case Scalars.Converted.Refused r -> throw new Refused(r.message(), r.hint());
    };
  }

  /** Why one assignment cannot be made; becomes a {@link FlagError}. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String message;
    private final String hint;

    Refused(String message, String hint) {
      super(message, null, false, false);
      this.message = message;
      this.hint = hint;
    }
  }
}
