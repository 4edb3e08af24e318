package dev.vitae.load;

import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A value that holds itself through an alias ({@code b: &b [x, *b]}): YAML composes it into a node
 * that contains itself, which no résumé can mean and every walk over the tree would follow without
 * end. Found before anything walks the tree, at the alias.
 */
final class SelfReference {

  private SelfReference() {}

  /** The first alias inside the value it refers to, as an error; empty when there is none. */
  static Optional<Diagnostic> find(Node root, String text) {
    return walk(root, newSet(), newSet(), text);
  }

  private static Optional<Diagnostic> walk(Node node, Set<Node> path, Set<Node> done, String text) {
    if (done.contains(node)) {
      return Optional.empty();
    }
    if (path.contains(node)) {
      return Optional.of(error(node, text.lines().toList()));
    }
    path.add(node);
    List<Node> children =
        switch (node) {
          case MappingNode m ->
              m.getValue().stream()
                  .flatMap((NodeTuple t) -> Stream.of(t.getKeyNode(), t.getValueNode()))
                  .toList();
          case SequenceNode s -> s.getValue();
          default -> List.of();
        };
    for (Node child : children) {
      Optional<Diagnostic> found = walk(child, path, done, text);
      if (found.isPresent()) {
        return found;
      }
    }
    path.remove(node);
    done.add(node);
    return Optional.empty();
  }

  private static Diagnostic error(Node node, List<String> lines) {
    String anchor = node.getAnchor() == null ? "" : node.getAnchor();
    Mark start = node.getStartMark();
    Position at = start == null ? Position.START : alias(anchor, start, lines);
    return Diagnostic.error(
        at,
        "'*%s' stands inside the value it refers to, so that value would hold itself without end"
            .formatted(anchor),
        "write the value out where '*%s' stands, or refer to '&%s' only from outside its value"
            .formatted(anchor, anchor));
  }

  /** Where {@code *anchor} is first written after the anchor's value starts. */
  private static Position alias(String anchor, Mark start, List<String> lines) {
    String alias = "*" + anchor;
    for (int line = start.getLine(); line < lines.size(); line++) {
      String text = lines.get(line);
      int from = line == start.getLine() ? Math.min(text.length(), start.getColumn()) : 0;
      int column = text.indexOf(alias, from);
      if (column >= 0) {
        return new Position(line + 1, text.codePointCount(0, column) + 1);
      }
    }
    return new Position(start.getLine() + 1, start.getColumn() + 1);
  }

  private static Set<Node> newSet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
