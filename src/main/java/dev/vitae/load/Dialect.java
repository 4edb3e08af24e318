package dev.vitae.load;

import java.util.Locale;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * How strictly a file's keys are read. A resume.yaml is vitae's own: an unknown key is a typo and
 * an error. A JSON Resume file (a {@code .json}, or YAML whose {@code $schema} is JSON Resume's) is
 * written for many tools: its earlier keys ({@code company}, {@code website}, {@code gpa}) are read
 * as today's, another tool's keys are warnings, and empty values count as absent.
 */
enum Dialect {
  RESUME_YAML,
  JSON_RESUME;

  static Dialect of(String fileName, MappingNode root) {
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return JSON_RESUME;
    }
    for (NodeTuple tuple : root.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key
          && key.getValue().equals("$schema")
          && tuple.getValueNode() instanceof ScalarNode value
          && value.getValue().toLowerCase(Locale.ROOT).contains("jsonresume")) {
        return JSON_RESUME;
      }
    }
    return RESUME_YAML;
  }
}
