package dev.vitae.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.DatePoint;
import dev.vitae.model.Doc;
import dev.vitae.model.Keyed;
import dev.vitae.model.PartialDate;
import dev.vitae.model.Records;
import dev.vitae.model.Required;
import dev.vitae.model.Theme;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSON Schema (draft-07) generated from a model record: one definition per record, {@code
 * additionalProperties: false} everywhere so that a typo fails in the editor as it does in vitae,
 * {@code required} from {@link Required}, {@code description} from {@link Doc}.
 */
final class RecordSchema {

  static final String DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Map<String, JsonNode> definitions = new TreeMap<>();

  private RecordSchema() {}

  /** The schema of files that {@code root} is read from. */
  static ObjectNode generate(Class<?> root, String title, String description) {
    RecordSchema s = new RecordSchema();
    ObjectNode schema = JSON.objectNode();
    schema.put("$schema", "http://json-schema.org/draft-07/schema#");
    schema.put("title", title);
    schema.put("description", description);
    ObjectNode body = s.recordBody(root);
    body.properties().forEach(e -> schema.set(e.getKey(), e.getValue()));
    s.definitions.put(
        "PartialDate",
        JSON.objectNode()
            .put("type", "string")
            .put("description", "a date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD")
            .put("pattern", DATE_PATTERN));
    ObjectNode present =
        JSON.objectNode().put("type", "string").put("pattern", "^[Pp][Rr][Ee][Ss][Ee][Nn][Tt]$");
    ObjectNode datePoint =
        JSON.objectNode().put("description", "a date (YYYY, YYYY-MM or YYYY-MM-DD) or 'present'");
    datePoint.putArray("anyOf").add(ref("PartialDate")).add(present);
    s.definitions.put("DatePoint", datePoint);
    ObjectNode defs = schema.putObject("definitions");
    s.definitions.forEach(defs::set);
    return schema;
  }

  private ObjectNode recordBody(Class<?> type) {
    ObjectNode node = JSON.objectNode();
    Doc doc = type.getAnnotation(Doc.class);
    if (doc != null) {
      node.put("description", doc.value());
    }
    node.put("type", "object");
    node.put("additionalProperties", false);
    ArrayNode required = JSON.arrayNode();
    ObjectNode properties = JSON.objectNode();
    for (Records.Field f : Records.fields(type)) {
      ObjectNode property = typeSchema(f.type());
      f.keys()
          .ifPresent(
              keys -> {
                ArrayNode names = property.putObject("propertyNames").putArray("enum");
                Keyed.keys(keys).forEach(names::add);
              });
      properties.set(f.key(), f.doc().map(d -> described(property, d)).orElse(property));
      if (f.required()) {
        required.add(f.key());
      }
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    node.set("properties", properties);
    return node;
  }

  private ObjectNode typeSchema(Type type) {
    Class<?> raw = Records.raw(type);
    if (Records.isChoice(raw)) {
      ObjectNode choice = JSON.objectNode().put("type", "string");
      ArrayNode values = choice.putArray("enum");
      Keyed.keys(raw).forEach(values::add);
      return choice;
    }
    if (raw == Theme.class) {
      ObjectNode theme = JSON.objectNode().put("type", "string");
      theme.put("pattern", "^" + Theme.NAME.pattern() + "$");
      ArrayNode shipped = theme.putArray("examples");
      Theme.SHIPPED.forEach(t -> shipped.add(t.name()));
      return theme;
    }
    if (raw == String.class) {
      return JSON.objectNode().put("type", "string");
    }
    if (raw == Integer.class) {
      return JSON.objectNode().put("type", "integer");
    }
    if (raw == PartialDate.class) {
      return ref("PartialDate");
    }
    if (raw == DatePoint.class) {
      return ref("DatePoint");
    }
    if (raw == List.class) {
      ObjectNode list = JSON.objectNode().put("type", "array");
      list.set("items", typeSchema(Records.element(type)));
      return list;
    }
    if (raw == Map.class) {
      ObjectNode map = JSON.objectNode().put("type", "object");
      map.set("additionalProperties", typeSchema(Records.element(type)));
      return map;
    }
    if (raw.isRecord()) {
      String name = raw.getSimpleName();
      if (!definitions.containsKey(name)) {
        definitions.put(name, JSON.objectNode());
        ObjectNode body = recordBody(raw);
        if (Records.acceptsText(raw)) {
          ObjectNode either = JSON.objectNode();
          either.putArray("anyOf").add(JSON.objectNode().put("type", "string")).add(body);
          body = either;
        }
        definitions.put(name, body);
      }
      return ref(name);
    }
    throw new IllegalStateException("no schema for " + type);
  }

  /**
   * Adds a description; a {@code $ref} gets it through {@code allOf}, since draft-07 ignores
   * siblings of $ref.
   */
  private static ObjectNode described(ObjectNode schema, String description) {
    if (!schema.has("$ref")) {
      ObjectNode out = JSON.objectNode().put("description", description);
      schema.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
      return out;
    }
    ObjectNode out = JSON.objectNode().put("description", description);
    out.putArray("allOf").add(schema);
    return out;
  }

  private static ObjectNode ref(String name) {
    return JSON.objectNode().put("$ref", "#/definitions/" + name);
  }
}
