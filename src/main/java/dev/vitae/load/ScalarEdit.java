package dev.vitae.load;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Changes one top-level value of a YAML file in place, where the loader found it: the rest of the
 * file (comments, order, quoting, blank lines) stays byte for byte as the person wrote it. Used to
 * move an application's {@code status:} on without re-writing the file.
 */
public final class ScalarEdit {

  private ScalarEdit() {}

  /**
   * {@code text} with the top-level {@code key} set to {@code value} (a plain word); a key not
   * written is added as the last line.
   *
   * @return empty when the file is not a mapping, or the value is not one piece of text on one line
   */
  public static Optional<String> set(String text, String key, String value) {
    Optional<MappingNode> root = mapping(text);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (root.get().getValue().stream().noneMatch(t -> isKey(t, key))) {
      String end = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
      return Optional.of(text + end + key + ": " + value + "\n");
    }
    return find(root.get(), key).map(span -> span.replace(text, value));
  }

  /** {@code text} with the value of the top-level {@code key} left out; as it is without one. */
  public static String without(String text, String key) {
    return mapping(text)
        .flatMap(root -> find(root, key))
        .map(s -> s.replace(text, ""))
        .orElse(text);
  }

  /** Where a one-line value stands: its line (0-based) and its columns in code points. */
  private record Span(int line, int from, int to) {

    String replace(String text, String value) {
      List<String> lines = text.lines().toList();
      StringBuilder out = new StringBuilder();
      int offset = 0;
      for (int i = 0; i < line; i++) {
        offset += lines.get(i).length();
        offset += text.startsWith("\r\n", offset) ? 2 : 1;
      }
      String l = lines.get(line);
      int a = offset + l.offsetByCodePoints(0, from);
      int b = offset + l.offsetByCodePoints(0, to);
      // an empty value ("status:") needs a space after its colon
      String gap = a == b && a > 0 && text.charAt(a - 1) == ':' && !value.isEmpty() ? " " : "";
      return out.append(text, 0, a)
          .append(gap)
          .append(value)
          .append(text, b, text.length())
          .toString();
    }
  }

  private static Optional<Span> find(MappingNode root, String key) {
    for (NodeTuple t : root.getValue()) {
      if (isKey(t, key)
          && t.getValueNode() instanceof ScalarNode value
          && value.getStartMark().getLine() == value.getEndMark().getLine()
          && value.getStartMark().getLine() == t.getKeyNode().getStartMark().getLine()) {
        return Optional.of(
            new Span(
                value.getStartMark().getLine(),
                value.getStartMark().getColumn(),
                value.getEndMark().getColumn()));
      }
    }
    return Optional.empty();
  }

  private static boolean isKey(NodeTuple t, String key) {
    return t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key);
  }

  private static Optional<MappingNode> mapping(String text) {
    Node root = YamlReader.compose(text).root().orElse(null);
    return root instanceof MappingNode m ? Optional.of(m) : Optional.empty();
  }
}
