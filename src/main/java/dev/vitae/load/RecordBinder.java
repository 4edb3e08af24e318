package dev.vitae.load;

import dev.vitae.model.Records;
import dev.vitae.model.WebAddresses;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
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

  static final int MAX_NODES = 100_000;

  private static final java.util.Set<Tag> PLAIN_TAGS =
      java.util.Set.of(
          Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

  private final Dialect dialect;
  private final boolean keepEmptyText;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Position> positions = new HashMap<>();
  private int nodes;

  /**
   * @param dialect how strictly keys are read
   * @param keepEmptyText whether an empty item of a list of text ({@code -} alone) is kept as empty
   *     text rather than left out
   */
  RecordBinder(Dialect dialect, boolean keepEmptyText) {
    this.dialect = dialect;
    this.keepEmptyText = keepEmptyText;
  }

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
    if (isNull(node) || (dialect == Dialect.JSON_RESUME && isBlank(node))) {
      return null;
    }
    Class<?> raw = Records.raw(type);
    if (Records.isScalar(raw)) {
      return scalar(node, raw, path);
    }
    if (raw == List.class) {
      return list(node, Records.element(type), path);
    }
    if (raw == Map.class) {
      return map(node, Records.element(type), path);
    }
    if (raw.isRecord()) {
      return record(node, raw, path);
    }
    throw new IllegalStateException("no binding for " + type);
  }

  /** A value written as one piece of text, converted as {@link Scalars} converts it. */
  private @Nullable Object scalar(Node node, Class<?> type, String path) {
    if (node instanceof MappingNode mapping && textWithAColon(mapping)) {
      NodeTuple only = mapping.getValue().get(0);
      String written =
          ((ScalarNode) only.getKeyNode()).getValue()
              + ": "
              + ((ScalarNode) only.getValueNode()).getValue();
      error(
          only.getKeyNode(),
          "'%s' reads as a key and a value, because of its ': '".formatted(written),
          "put the whole text in quotes: \"%s\"".formatted(written.replace("\"", "\\\"")));
      return null;
    }
    if (!(node instanceof ScalarNode scalar)) {
      error(
          node,
          "'%s' must be text, not %s".formatted(name(path), kind(node)),
          node instanceof SequenceNode
              ? "write one value, or put the list items in quotes on one line"
              : "write one value after the ':'");
      return null;
    }
    String text = scalar.getValue();
    if (dialect == Dialect.JSON_RESUME && name(path).equals("url")) {
      String full = WebAddresses.withScheme(text).orElse(text);
      if (!full.equals(text)) {
        warning(
            node,
            "'%s' is read as '%s'".formatted(text, full),
            "write the address with its scheme to keep this warning away");
        text = full;
      }
    }
    return switch (Scalars.convert(type, text, name(path))) {
      case Scalars.Converted.Value v -> v.value();
      case Scalars.Converted.Refused r -> {
        error(node, r.message(), r.hint());
        yield null;
      }
    };
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
      } else if (keepEmptyText && element == String.class && isNull(items.get(i))) {
        out.add("");
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

  /**
   * A bullet or keyword (a type that may be written as text) written as one {@code key: value},
   * such as {@code - Mentoring: juniors}: text with a colon, not a mapping.
   */
  private static boolean textWithAColon(Class<?> type, MappingNode mapping) {
    return Records.acceptsText(type) && textWithAColon(mapping);
  }

  /** One {@code key: value} of two pieces of text: a line of text with a colon in it. */
  private static boolean textWithAColon(MappingNode mapping) {
    return mapping.getValue().size() == 1
        && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode
        && mapping.getValue().get(0).getValueNode() instanceof ScalarNode value
        && !value.getValue().isEmpty();
  }

  private @Nullable Object record(Node node, Class<?> type, String path) {
    if (node instanceof ScalarNode && Records.acceptsText(type)) {
      return scalar(node, type, path);
    }
    if (!(node instanceof MappingNode mapping)) {
      error(
          node,
          "'%s' must be a mapping of keys to values, not %s".formatted(name(path), kind(node)),
          "write each field as 'key: value' on its own line, indented below '" + name(path) + ":'");
      return null;
    }
    List<Records.Field> fields = Records.fields(type);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      index.put(fields.get(i).key(), i);
    }
    @Nullable Object[] values = new @Nullable Object[fields.size()];
    Map<String, Node> seen = new HashMap<>();
    Map<String, Node> valueNodes = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = key(tuple.getKeyNode(), seen);
      if (key == null) {
        continue;
      }
      Integer i = index.get(key);
      if (i == null && dialect == Dialect.JSON_RESUME) {
        Records.Field now = Records.formerField(type, key).orElse(null);
        if (now != null && written(mapping, now.key())) {
          warning(
              tuple.getKeyNode(),
              "'%s' in %s is left out: '%s' is written too".formatted(key, where(path), now.key()),
              "'%s' is JSON Resume's earlier name for '%s'; keep one of the two"
                  .formatted(key, now.key()));
          continue;
        }
        if (now != null) {
          key = now.key();
          i = index.get(key);
        }
      }
      valueNodes.put(key, tuple.getValueNode());
      if (i == null && textWithAColon(type, mapping)) {
        String written = key + ": " + ((ScalarNode) tuple.getValueNode()).getValue();
        error(
            tuple.getKeyNode(),
            "'%s' reads as a key and a value, because of its ': '".formatted(written),
            "put the whole text in quotes: \"%s\"".formatted(written.replace("\"", "\\\"")));
        return null;
      }
      if (i == null && dialect == Dialect.JSON_RESUME) {
        warning(
            tuple.getKeyNode(),
            "'%s' in %s is not read by vitae; left out".formatted(key, where(path)),
            Suggestions.closest(key, index.keySet())
                    .map(k -> "if you meant '" + k + "', rename it; ")
                    .orElse("")
                + "keys another tool adds are left out of a JSON Resume file");
        continue;
      }
      if (i == null) {
        error(
            tuple.getKeyNode(),
            "unknown key '%s' in %s".formatted(key, where(path)),
            key.equals("<<")
                ? "merge keys are not supported; write the fields out"
                : Suggestions.hint(key, index.keySet()));
        continue;
      }
      values[i] = bind(tuple.getValueNode(), fields.get(i).type(), join(path, key));
    }
    boolean complete = true;
    for (int i = 0; i < fields.size(); i++) {
      Records.Field f = fields.get(i);
      if (values[i] == null && f.required()) {
        Node written = valueNodes.get(f.key());
        if (written == null) {
          error(
              node,
              "%s is missing '%s'".formatted(where(path), f.key()),
              "add '%s: …' to it".formatted(f.key()));
        } else if (isNull(written)) {
          error(written, "'%s' is empty".formatted(f.key()), "write a value after the ':'");
        }
        complete = false;
      } else if (values[i] == null) {
        values[i] = Records.absent(f.raw());
      }
    }
    return complete ? Records.construct(type, Arrays.asList(values)) : null;
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

  private static boolean written(MappingNode mapping, String key) {
    return mapping.getValue().stream()
        .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key));
  }

  private static boolean isBlank(Node node) {
    return node instanceof ScalarNode s && s.getValue().isBlank();
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

  private void warning(Node node, String message, String hint) {
    diagnostics.add(Diagnostic.warning(at(node), message, hint));
  }
}
