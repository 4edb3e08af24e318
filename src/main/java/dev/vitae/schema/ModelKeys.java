package dev.vitae.schema;

import dev.vitae.model.Key;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the model's records appear in a file: their keys, in order, and the types behind them. */
public final class ModelKeys {

  private ModelKeys() {}

  /** The key of a component in resume.yaml: its {@link Key}, else its name. */
  public static String keyOf(RecordComponent component) {
    Key key = component.getAnnotation(Key.class);
    return key == null ? component.getName() : key.value();
  }

  /** A record's components by key, in declaration order. */
  public static Map<String, RecordComponent> components(Class<?> record) {
    Map<String, RecordComponent> out = new LinkedHashMap<>();
    for (RecordComponent c : record.getRecordComponents()) {
      out.put(keyOf(c), c);
    }
    return out;
  }

  /** Whether a record may also be written as plain text (it has a static {@code of(String)}). */
  public static boolean acceptsText(Class<?> record) {
    try {
      Method of = record.getMethod("of", String.class);
      return Modifier.isStatic(of.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
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
}
