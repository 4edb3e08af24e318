package dev.vitae.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Records;
import dev.vitae.model.Resume;
import dev.vitae.model.WebAddresses;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON Resume document as resume.yaml text. Keys of JSON Resume's earlier versions ({@code
 * work[].company}, {@code basics.website}, {@code education[].gpa}) are written as today's, each
 * named. Real files also carry fields vitae does not read (a theme's settings); those are dropped
 * and named by path, not rejected. Empty strings count as absent, and a web address written without
 * its scheme ({@code example.com}) gets {@code https://}, each named too. Whatever is left keeps
 * its meaning; the loader checks it as it checks any resume.yaml.
 */
public final class JsonResumeImport {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final List<String> ignored = new ArrayList<>();
  private final List<String> fixed = new ArrayList<>();

  private JsonResumeImport() {}

  /**
   * The conversion.
   *
   * @param yaml resume.yaml text: block style, every text value (dates too) in double quotes
   * @param ignored paths of the fields that were dropped, e.g. {@code basics.website}, {@code
   *     work[0].company}
   * @param fixed what was changed, e.g. {@code projects[0].url: added https://}
   */
  public record Imported(String yaml, List<String> ignored, List<String> fixed) {}

  /**
   * Converts a parsed JSON Resume document (the top level must be an object).
   *
   * @param source the file name, for the comment at the top of the YAML
   */
  public static Imported of(ObjectNode json, String source) {
    JsonResumeImport i = new JsonResumeImport();
    // The file becomes vitae's own, read strictly; its first line names vitae's schema instead.
    ObjectNode own = json.deepCopy();
    own.remove("$schema");
    JsonNode kept = Objects.requireNonNull(i.walk(own, Resume.class, ""), "an object stays");
    String header =
        "# yaml-language-server: $schema=resume.schema.json\n"
            + "# Imported from "
            + source
            + " by 'vitae import'. Dates are quoted: '2021-03'.\n"
            + "# Check it with 'vitae validate', then build it with 'vitae build'.\n\n";
    return new Imported(header + YamlText.of(kept), List.copyOf(i.ignored), List.copyOf(i.fixed));
  }

  /** The value with unknown keys removed; null when nothing is left of it. */
  private @Nullable JsonNode walk(JsonNode node, Type type, String path) {
    if (node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      return null;
    }
    Class<?> raw = Records.raw(type);
    if (raw == List.class && node.isArray()) {
      ArrayNode out = JSON.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = walk(node.get(i), Records.element(type), path + "[" + i + "]");
        if (item != null) {
          out.add(item);
        }
      }
      return out;
    }
    if (raw == Map.class && node.isObject()) {
      ObjectNode out = JSON.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonNode v = walk(e.getValue(), Records.element(type), join(path, e.getKey()));
        if (v != null) {
          out.set(e.getKey(), v);
        }
      }
      return out;
    }
    if (Records.isRecord(raw) && node.isObject()) {
      ObjectNode out = JSON.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String child = join(path, e.getKey());
        var field = Records.field(raw, e.getKey());
        if (field.isEmpty()) {
          field = Records.formerField(raw, e.getKey()).filter(f -> !node.has(f.key()));
          field.ifPresent(f -> fixed.add(child + ": read as " + f.key()));
        }
        if (field.isEmpty()) {
          ignored.add(child);
          continue;
        }
        String key = field.get().key();
        JsonNode v = walk(e.getValue(), field.get().type(), join(path, key));
        if (v != null) {
          out.set(key, key.equals("url") ? url(v, join(path, key)) : v);
        }
      }
      return out;
    }
    return node;
  }

  private JsonNode url(JsonNode value, String path) {
    if (!value.isTextual()) {
      return value;
    }
    return WebAddresses.withScheme(value.asText())
        .<JsonNode>map(
            full -> {
              fixed.add(path + ": added https://");
              return JSON.textNode(full);
            })
        .orElse(value);
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
