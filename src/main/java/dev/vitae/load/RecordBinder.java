package dev.vitae.load;

import dev.vitae.model.DatePoint;
import dev.vitae.model.Key;
import dev.vitae.model.PartialDate;
import dev.vitae.model.Present;
import dev.vitae.model.Required;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Binds a YAML node tree to the model's records by their component names. Scalars keep the text as
 * written (no YAML 1.1 guessing: {@code NO} stays "NO"), dates are parsed by the field's type, and
 * every unknown key, wrong type, duplicate and missing field is reported, not just the first. One
 * binder serves one load.
 */
final class RecordBinder {

  static final int MAX_VALUE_LENGTH = 20_000;
  static final int MAX_NODES = 100_000;

  private static final java.util.Set<Tag> PLAIN_TAGS =
      java.util.Set.of(
          Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Position> positions = new HashMap<>();
  private int nodes;

  List<Diagnostic> diagnostics() {
    return Collections.unmodifiableList(diagnostics);
  }

  Map<String, Position> positions() {
    return positions;
  }

  /** Binds {@code node} as a value of {@code type}; null when absent or wrong (and reported). */
  @Nullable Object bind(Node node, Type type, String path) {
    if (++nodes > MAX_NODES) {
      if (nodes == MAX_NODES + 1) {
        error(
            node,
            "the file has more than %d values".formatted(MAX_NODES),
            "a résumé needs far fewer; look for '*' aliases that repeat large parts");
      }
      return null;
    }
    positions.putIfAbsent(path, at(node));
    if (!PLAIN_TAGS.contains(node.getTag())) {
      error(
          node,
          "the tag '%s' is not allowed".formatted(node.getTag().getValue()),
          "vitae reads plain data only; delete the tag (the word starting with '!')");
      return null;
    }
    if (isNull(node)) {
      return null;
    }
    Class<?> raw = rawClass(type);
    if (raw == String.class) {
      return text(node, path);
    }
    if (raw == Integer.class) {
      return integer(node, path);
    }
    if (raw == PartialDate.class || raw == DatePoint.class) {
      return date(node, path, raw == DatePoint.class);
    }
    if (raw == List.class) {
      return list(node, ((ParameterizedType) type).getActualTypeArguments()[0], path);
    }
    if (raw == Map.class) {
      return map(node, ((ParameterizedType) type).getActualTypeArguments()[1], path);
    }
    if (raw.isRecord()) {
      return record(node, raw, path);
    }
    throw new IllegalStateException("no binding for " + type);
  }

  private @Nullable String text(Node node, String path) {
    if (!(node instanceof ScalarNode scalar)) {
      error(
          node,
          "'%s' must be text, not %s".formatted(name(path), kind(node)),
          node instanceof SequenceNode
              ? "write one value, or put the list items in quotes on one line"
              : "write one value after the ':'");
      return null;
    }
    String value = scalar.getValue();
    if (value.length() > MAX_VALUE_LENGTH) {
      error(
          node,
          String.format(
              java.util.Locale.ROOT,
              "'%s' is %,d characters long; the limit is %,d",
              name(path),
              value.length(),
              MAX_VALUE_LENGTH),
          "shorten it: a résumé value is a few lines at most");
      return null;
    }
    int bad = unprintable(value);
    if (bad >= 0) {
      error(
          node,
          String.format(
              java.util.Locale.ROOT,
              "'%s' holds the unprintable character U+%04X",
              name(path),
              bad),
          "delete the escape that writes it (such as \\0, \\x07 or \\uFFFF): applicant-tracking "
              + "systems cannot read it, and XHTML cannot hold it");
      return null;
    }
    return value;
  }

  /**
   * The first character a double-quoted escape can write but no document can hold: a control
   * character other than tab and line breaks, a lone surrogate, U+FFFE or U+FFFF; else -1.
   */
  private static int unprintable(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      boolean control =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
      if (control || Character.isSurrogate((char) c) && c <= 0xFFFF || c == 0xFFFE || c == 0xFFFF) {
        return c;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  private @Nullable Integer integer(Node node, String path) {
    String value = text(node, path);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      error(
          node,
          "'%s' must be a whole number, not '%s'".formatted(name(path), value),
          "for example: 2");
      return null;
    }
  }

  private @Nullable DatePoint date(Node node, String path, boolean presentAllowed) {
    String value = text(node, path);
    if (value == null) {
      return null;
    }
    if (value.strip().equalsIgnoreCase("present")) {
      if (presentAllowed) {
        return new Present();
      }
      error(
          node,
          "'%s' cannot be 'present'".formatted(name(path)),
          "write a date: YYYY, YYYY-MM or YYYY-MM-DD");
      return null;
    }
    return PartialDate.parse(value)
        .orElseGet(
            () -> {
              error(
                  node,
                  "'%s' is not a date: '%s'".formatted(name(path), value),
                  "write YYYY, YYYY-MM or YYYY-MM-DD"
                      + (presentAllowed ? ", or 'present'" : "")
                      + ", e.g. '2021-03'");
              return null;
            });
  }

  private @Nullable List<Object> list(Node node, Type element, String path) {
    if (!(node instanceof SequenceNode sequence)) {
      error(
          node,
          "'%s' must be a list, not %s".formatted(name(path), kind(node)),
          "start each item on its own line with '- '");
      return null;
    }
    List<Object> out = new ArrayList<>();
    List<Node> items = sequence.getValue();
    for (int i = 0; i < items.size(); i++) {
      Object value = bind(items.get(i), element, path + "[" + i + "]");
      if (value != null) {
        out.add(value);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private @Nullable Map<String, Object> map(Node node, Type value, String path) {
    if (!(node instanceof MappingNode mapping)) {
      error(
          node,
          "'%s' must be a mapping of names to values, not %s".formatted(name(path), kind(node)),
          "write 'name:' on its own line, then the value indented below it");
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Node> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = key(tuple.getKeyNode(), seen);
      if (key == null) {
        continue;
      }
      // An entry of a map is found by its name: a later stage that objects to it points at the key.
      positions.putIfAbsent(path + "." + key, at(tuple.getKeyNode()));
      Object bound = bind(tuple.getValueNode(), value, path + "." + key);
      if (bound != null) {
        out.put(key, bound);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private @Nullable Object record(Node node, Class<?> type, String path) {
    if (node instanceof ScalarNode) {
      Method of = scalarFactory(type);
      if (of != null) {
        String value = text(node, path);
        return value == null ? null : invoke(of, value);
      }
    }
    if (!(node instanceof MappingNode mapping)) {
      error(
          node,
          "'%s' must be a mapping of keys to values, not %s".formatted(name(path), kind(node)),
          "write each field as 'key: value' on its own line, indented below '" + name(path) + ":'");
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < components.length; i++) {
      index.put(keyOf(components[i]), i);
    }
    @Nullable Object[] values = new @Nullable Object[components.length];
    Map<String, Node> seen = new HashMap<>();
    Map<String, Node> valueNodes = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = key(tuple.getKeyNode(), seen);
      if (key == null) {
        continue;
      }
      valueNodes.put(key, tuple.getValueNode());
      Integer i = index.get(key);
      if (i == null) {
        error(
            tuple.getKeyNode(),
            "unknown key '%s' in %s".formatted(key, where(path)),
            key.equals("<<")
                ? "merge keys are not supported; write the fields out"
                : Suggestions.hint(key, index.keySet()));
        continue;
      }
      values[i] = bind(tuple.getValueNode(), components[i].getGenericType(), join(path, key));
    }
    boolean complete = true;
    for (int i = 0; i < components.length; i++) {
      if (values[i] == null && components[i].isAnnotationPresent(Required.class)) {
        Node written = valueNodes.get(keyOf(components[i]));
        if (written == null) {
          error(
              node,
              "%s is missing '%s'".formatted(where(path), keyOf(components[i])),
              "add '%s: …' to it".formatted(keyOf(components[i])));
        } else if (isNull(written)) {
          error(
              written,
              "'%s' is empty".formatted(keyOf(components[i])),
              "write a value after the ':'");
        }
        complete = false;
      } else if (values[i] == null) {
        values[i] = emptyOf(components[i].getType());
      }
    }
    return complete ? construct(type, components, values) : null;
  }

  private @Nullable String key(Node keyNode, Map<String, Node> seen) {
    if (!(keyNode instanceof ScalarNode scalar)) {
      error(keyNode, "a key must be plain text, not " + kind(keyNode), "write 'key: value'");
      return null;
    }
    String key = scalar.getValue();
    Node first = seen.putIfAbsent(key, keyNode);
    if (first != null) {
      error(
          keyNode,
          "duplicate key '%s' (first written on line %d)".formatted(key, at(first).line()),
          "delete one of the two, or merge them");
      return null;
    }
    return key;
  }

  private static @Nullable Object emptyOf(Class<?> type) {
    if (type == List.class) {
      return List.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    return null;
  }

  private static String keyOf(RecordComponent component) {
    Key key = component.getAnnotation(Key.class);
    return key == null ? component.getName() : key.value();
  }

  private static @Nullable Method scalarFactory(Class<?> type) {
    try {
      Method of = type.getMethod("of", String.class);
      return Modifier.isStatic(of.getModifiers()) ? of : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object invoke(Method of, String value) {
    try {
      return of.invoke(null, value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object construct(
      Class<?> type, RecordComponent[] components, @Nullable Object[] values) {
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  private static Class<?> rawClass(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  private static String kind(Node node) {
    return switch (node) {
      case SequenceNode s -> "a list";
      case MappingNode m -> "a mapping";
      default -> "text";
    };
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String name(String path) {
    int cut = path.lastIndexOf('.');
    return cut < 0 ? path : path.substring(cut + 1);
  }

  private static String where(String path) {
    return path.isEmpty() ? "the top level" : path;
  }

  private static Position at(Node node) {
    return new Position(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }

  private void error(Node node, String message, String hint) {
    diagnostics.add(Diagnostic.error(at(node), message, hint));
  }
}
