package dev.vitae.model;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the model's records are written in a file, for every code that walks them (the loader, {@code
 * --set}, the JSON Schema, the JSON export, the font check): their fields by YAML key, in order;
 * which types are one written value (scalars); the element types of lists and maps; and how to
 * build a record from its values. One set of rules, so that a key the loader knows is one {@code
 * --set} knows and the schema lists.
 */
public final class Records {

  private Records() {}

  /** One field of a record as a file writes it. */
  public record Field(String key, RecordComponent component) {

    /** Its declared type, with type arguments: {@code List<Work>}. */
    public Type type() {
      return component.getGenericType();
    }

    /** Its class: {@code List} for {@code List<Work>}. */
    public Class<?> raw() {
      return component.getType();
    }

    public boolean required() {
      return component.isAnnotationPresent(Required.class);
    }

    /** What the field means, from {@link Doc}. */
    public Optional<String> doc() {
      return Optional.ofNullable(component.getAnnotation(Doc.class)).map(Doc::value);
    }

    /** The keys JSON Resume's earlier versions gave it, from {@link Formerly}. */
    public List<String> formerly() {
      Formerly f = component.getAnnotation(Formerly.class);
      return f == null ? List.of() : List.of(f.value());
    }

    /** The enum whose keys are the only keys a map field may have, from {@link Keys}. */
    public Optional<Class<? extends Enum<?>>> keys() {
      return Optional.ofNullable(component.getAnnotation(Keys.class)).map(Keys::value);
    }

    /** Its value in {@code record}. */
    public @Nullable Object of(Record record) {
      try {
        return component.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A record type's fields, in declaration order; each keyed by its {@link Key}, else its name. */
  public static List<Field> fields(Class<?> record) {
    return FIELDS.get(record);
  }

  /** Each record type's fields, found once per class: reflection costs more than the walks. */
  private static final ClassValue<List<Field>> FIELDS =
      new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> record) {
          return componentsOf(record);
        }
      };

  private static List<Field> componentsOf(Class<?> record) {
    return Arrays.stream(record.getRecordComponents())
        .map(
            c ->
                new Field(
                    c.isAnnotationPresent(Key.class)
                        ? c.getAnnotation(Key.class).value()
                        : c.getName(),
                    c))
        .toList();
  }

  /** The field written as {@code key}. */
  public static Optional<Field> field(Class<?> record, String key) {
    return fields(record).stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** The field that JSON Resume's earlier versions wrote as {@code key}, if any. */
  public static Optional<Field> formerField(Class<?> record, String key) {
    return fields(record).stream().filter(f -> f.formerly().contains(key)).findFirst();
  }

  /** The keys of a record type's fields, in order. */
  public static List<String> keys(Class<?> record) {
    return fields(record).stream().map(Field::key).toList();
  }

  /** The class of a possibly generic type: {@code List} for {@code List<Work>}. */
  public static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  /** The element type of a {@code List<T>}, or the value type of a {@code Map<String, T>}. */
  public static Type element(Type type) {
    Type[] args = ((ParameterizedType) type).getActualTypeArguments();
    return args[args.length - 1];
  }

  /**
   * Whether a type is written as one value: text, a whole number, a date, one of an enum's {@link
   * Keyed} keys, or a checked name ({@link Theme}).
   */
  public static boolean isScalar(Class<?> type) {
    return type == String.class
        || type == Integer.class
        || DatePoint.class.isAssignableFrom(type)
        || isChoice(type)
        || type == Theme.class;
  }

  /** Whether a type is a closed choice: an enum of {@link Keyed} constants. */
  public static boolean isChoice(Class<?> type) {
    return type.isEnum() && Keyed.class.isAssignableFrom(type);
  }

  /** Whether a type is a record of fields (not a scalar written as one value). */
  public static boolean isRecord(Class<?> type) {
    return type.isRecord() && !isScalar(type);
  }

  /** Whether a record may also be written as plain text: it has a static {@code of(String)}. */
  public static boolean acceptsText(Class<?> record) {
    return textFactory(record).isPresent();
  }

  /**
   * The record a plain text stands for ({@code Item.of("…")}), for types that {@link #acceptsText}.
   */
  public static Object fromText(Class<?> record, String text) {
    Method of = textFactory(record).orElseThrow();
    try {
      return of.invoke(null, text);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Method> textFactory(Class<?> record) {
    try {
      Method of = record.getMethod("of", String.class);
      return Modifier.isStatic(of.getModifiers()) && of.getReturnType() == record
          ? Optional.of(of)
          : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /** What an absent field holds: an empty list or map, else null. */
  public static @Nullable Object absent(Class<?> type) {
    if (type == List.class) {
      return List.of();
    }
    if (type == java.util.Map.class) {
      return java.util.Map.of();
    }
    return null;
  }

  /** A record of {@code type} from its fields' values, in the order of {@link #fields}. */
  public static <T> T construct(Class<T> type, List<? extends @Nullable Object> values) {
    Class<?>[] types =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(types).newInstance(values.toArray());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  /** A copy of {@code record} with the field written as {@code key} set to {@code value}. */
  @SuppressWarnings("unchecked")
  public static <T extends Record> T with(T record, String key, @Nullable Object value) {
    List<Field> fields = fields(record.getClass());
    if (fields.stream().noneMatch(f -> f.key().equals(key))) {
      throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + key);
    }
    List<@Nullable Object> values = new ArrayList<>();
    for (Field f : fields) {
      values.add(f.key().equals(key) ? value : f.of(record));
    }
    return (T) construct(record.getClass(), values);
  }
}
