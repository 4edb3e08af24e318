package dev.vitae.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A JSON tree as block-style YAML in the way resume.yaml is written, by SnakeYAML's emitter: keys
 * plain (quoted only where YAML would read them as something else), every text value in double
 * quotes, so that {@code NO}, {@code yes}, {@code 2021-03} or {@code 12:30} stay text for any YAML
 * reader, numbers and booleans as they are, one item per line, a blank line between top-level keys.
 */
final class YamlText {

  private YamlText() {}

  static String of(JsonNode root) {
    // One document per top-level key, for the blank line between them the emitter never writes.
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      StringWriter out = new StringWriter();
      Node entry =
          new MappingNode(
              Tag.MAP,
              List.of(new NodeTuple(key(e.getKey()), node(e.getValue()))),
              FlowStyle.BLOCK);
      yaml().serialize(entry, out);
      parts.add(out.toString());
    }
    return String.join("\n", parts);
  }

  private static Yaml yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setSplitLines(false);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    return new Yaml(options);
  }

  private static Node node(JsonNode v) {
    if (v.isObject()) {
      List<NodeTuple> tuples = new ArrayList<>();
      v.properties().forEach(e -> tuples.add(new NodeTuple(key(e.getKey()), node(e.getValue()))));
      return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
    }
    if (v.isArray()) {
      List<Node> items = new ArrayList<>();
      v.forEach(item -> items.add(node(item)));
      return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
    }
    if (v.isBoolean()) {
      return new ScalarNode(Tag.BOOL, v.asText(), null, null, ScalarStyle.PLAIN);
    }
    if (v.isIntegralNumber()) {
      return new ScalarNode(Tag.INT, v.asText(), null, null, ScalarStyle.PLAIN);
    }
    if (v.isNumber()) {
      return new ScalarNode(Tag.FLOAT, v.asText(), null, null, ScalarStyle.PLAIN);
    }
    return new ScalarNode(Tag.STR, v.asText(), null, null, ScalarStyle.DOUBLE_QUOTED);
  }

  /** Plain where YAML reads it back as the same text; the emitter quotes it otherwise. */
  private static Node key(String key) {
    return new ScalarNode(Tag.STR, key, null, null, ScalarStyle.PLAIN);
  }
}
