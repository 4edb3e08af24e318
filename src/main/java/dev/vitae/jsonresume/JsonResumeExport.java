package dev.vitae.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Resume;
import dev.vitae.schema.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A résumé as a JSON Resume v1.0.0 document. Only JSON Resume's own keys are written, so the result
 * passes its official schema; vitae's extensions (metrics, systems, dossiers, variants, tags,
 * priorities, …) are left out and named. An end date of {@code present} is left out, which is how
 * JSON Resume says a period goes on.
 */
public final class JsonResumeExport {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonResumeExport() {}

  /**
   * The export.
   *
   * @param json the JSON Resume document, pretty-printed, ending in a newline
   * @param leftOut what vitae has and JSON Resume does not, as key patterns such as {@code
   *     work[].stack}
   */
  public record Exported(String json, List<String> leftOut) {}

  public static Exported of(Resume resume) {
    Set<String> leftOut = new LinkedHashSet<>();
    ObjectNode root = JSON.objectNode();
    root.put("$schema", Vocabulary.SCHEMA_URL);
    ObjectNode full = (ObjectNode) ModelJson.of(resume);
    full.remove("$schema");
    root.setAll(filter(full, "", leftOut));
    return new Exported(JsonText.pretty(root), List.copyOf(leftOut));
  }

  private static ObjectNode filter(ObjectNode node, String pattern, Set<String> leftOut) {
    Set<String> allowed = Objects.requireNonNull(Vocabulary.KEYS.get(pattern), pattern);
    ObjectNode out = JSON.objectNode();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      String child = pattern.isEmpty() ? key : pattern + "." + key;
      if (!allowed.contains(key)) {
        leftOut.add(child);
        continue;
      }
      JsonNode value = e.getValue();
      if (key.equals("endDate") && value.asText().equalsIgnoreCase("present")) {
        continue;
      }
      if (value.isObject()) {
        out.set(key, filter((ObjectNode) value, child, leftOut));
      } else if (value.isArray() && Vocabulary.TEXT_LISTS.contains(key)) {
        out.set(key, texts((ArrayNode) value, child, leftOut));
      } else if (value.isArray() && Vocabulary.KEYS.containsKey(child + "[]")) {
        ArrayNode items = JSON.arrayNode();
        value.forEach(item -> items.add(filter((ObjectNode) item, child + "[]", leftOut)));
        out.set(key, items);
      } else {
        out.set(key, value);
      }
    }
    return out;
  }

  /** Bullets and keywords as plain text; their tags and priorities are vitae's. */
  private static ArrayNode texts(ArrayNode items, String pattern, Set<String> leftOut) {
    ArrayNode out = JSON.arrayNode();
    for (JsonNode item : items) {
      if (item.isObject()) {
        out.add(item.path("text").asText());
        List<String> extra = new ArrayList<>();
        item.fieldNames()
            .forEachRemaining(
                f -> {
                  if (!f.equals("text")) {
                    extra.add(pattern + "[]." + f);
                  }
                });
        leftOut.addAll(extra);
      } else {
        out.add(item);
      }
    }
    return out;
  }
}
