package dev.vitae.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Keyed;
import dev.vitae.model.PartialDate;
import dev.vitae.model.Present;
import dev.vitae.model.Records;
import dev.vitae.model.Theme;
import java.util.List;
import java.util.Map;

/**
 * A model value as a JSON tree with the keys resume.yaml uses; absent values and empty lists left
 * out.
 */
final class ModelJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ModelJson() {}

  static JsonNode of(Object value) {
    return switch (value) {
      case null -> NullNode.instance;
      case String s -> JSON.textNode(s);
      case Integer i -> JSON.numberNode(i);
      case PartialDate d -> JSON.textNode(d.iso());
      case Present p -> JSON.textNode("present");
      case Keyed k -> JSON.textNode(k.key());
      case Theme t -> JSON.textNode(t.name());
      case List<?> list -> {
        ArrayNode array = JSON.arrayNode();
        list.forEach(x -> array.add(of(x)));
        yield array;
      }
      case Map<?, ?> map -> {
        ObjectNode object = JSON.objectNode();
        map.forEach((k, v) -> object.set(k.toString(), of(v)));
        yield object;
      }
      case Record r -> record(r);
      default -> throw new IllegalStateException("no JSON for " + value.getClass());
    };
  }

  private static ObjectNode record(Record r) {
    ObjectNode object = JSON.objectNode();
    for (Records.Field f : Records.fields(r.getClass())) {
      Object v = f.of(r);
      if (v == null
          || (v instanceof List<?> l && l.isEmpty())
          || (v instanceof Map<?, ?> m && m.isEmpty())) {
        continue;
      }
      object.set(f.key(), of(v));
    }
    return object;
  }
}
