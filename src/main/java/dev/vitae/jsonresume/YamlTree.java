package dev.vitae.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A JSON Resume document written as YAML, as the JSON tree {@link JsonResumeImport} reads. Scalars
 * stay the text written ({@code NO}, {@code 2021-03} and {@code 3.9} are text, as JSON Resume's
 * schema has them); a null is left out.
 */
public final class YamlTree {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private YamlTree() {}

  /**
   * The document's tree; empty when its top level is not a mapping.
   *
   * @throws org.yaml.snakeyaml.error.YAMLException when it is not YAML (the exception's message
   *     names the line and column)
   */
  public static Optional<ObjectNode> of(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setAllowDuplicateKeys(false);
    Node root = new Yaml(options).compose(new StringReader(text));
    return root instanceof MappingNode ? Optional.of((ObjectNode) tree(root)) : Optional.empty();
  }

  private static JsonNode tree(Node node) {
    return switch (node) {
      case MappingNode m -> {
        ObjectNode out = JSON.objectNode();
        for (NodeTuple t : m.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode key && !isNull(t.getValueNode())) {
            out.set(key.getValue(), tree(t.getValueNode()));
          }
        }
        yield out;
      }
      case SequenceNode s -> {
        ArrayNode out = JSON.arrayNode();
        s.getValue().stream().filter(n -> !isNull(n)).forEach(n -> out.add(tree(n)));
        yield out;
      }
      case ScalarNode s -> JSON.textNode(s.getValue());
      default -> JSON.nullNode();
    };
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }
}
