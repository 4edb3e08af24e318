package dev.vitae.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A JSON tree as block-style YAML in the way resume.yaml is written: keys plain, text in double
 * quotes (so dates stay text and {@code NO} stays "NO"), numbers as they are, one item per line.
 */
final class YamlText {

  private YamlText() {}

  static String of(JsonNode root) {
    StringBuilder out = new StringBuilder();
    mapping(root, 0, out);
    return out.toString();
  }

  private static void mapping(JsonNode node, int indent, StringBuilder out) {
    boolean first = true;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (indent == 0 && !first) {
        out.append('\n');
      }
      first = false;
      out.append(" ".repeat(indent)).append(key(e.getKey())).append(':');
      value(e.getValue(), indent, out);
    }
  }

  /** Writes what follows "key:" or "- ", ending the line. */
  private static void value(JsonNode v, int indent, StringBuilder out) {
    if (v.isObject() && !v.isEmpty()) {
      out.append('\n');
      mapping(v, indent + 2, out);
    } else if (v.isArray() && !v.isEmpty()) {
      out.append('\n');
      for (JsonNode item : v) {
        out.append(" ".repeat(indent + 2)).append('-');
        if (item.isObject() && !item.isEmpty()) {
          StringBuilder inner = new StringBuilder();
          mapping(item, indent + 4, inner);
          out.append(' ').append(inner.substring(indent + 4));
        } else {
          value(item, indent + 2, out);
        }
      }
    } else {
      out.append(' ').append(scalar(v)).append('\n');
    }
  }

  private static String scalar(JsonNode v) {
    if (v.isObject()) {
      return "{}";
    }
    if (v.isArray()) {
      return "[]";
    }
    if (v.isNumber() || v.isBoolean()) {
      return v.asText();
    }
    return quote(v.asText());
  }

  private static String key(String key) {
    return key.matches("[A-Za-z_][A-Za-z0-9_-]*") ? key : quote(key);
  }

  /** A YAML double-quoted scalar; the escapes used are common to JSON and YAML. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
            b.append("\\u%04x".formatted((int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
