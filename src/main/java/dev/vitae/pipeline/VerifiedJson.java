package dev.vitae.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.check.CheckReport;
import dev.vitae.check.FieldCheck;
import dev.vitae.fit.FitReport;
import dev.vitae.view.Density;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Verified}'s entries as JSON, field by field: Jackson's tree, not its binding of records,
 * whose making of a deserializer for each record type cost a cold build more than the layout the
 * file saves.
 */
final class VerifiedJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private VerifiedJson() {}

  static ObjectNode of(Verified.Resume r) {
    ObjectNode n = NODES.objectNode();
    n.put("file", r.file());
    n.put("sha256", r.sha256());
    n.put("pages", r.pages());
    ObjectNode fit = n.putObject("fit");
    fit.put("step", r.fit().step());
    fit.put("bodyPt", r.fit().bodyPt());
    fit.put("layouts", r.fit().layouts());
    fit.put("fill", r.fit().fill());
    fit.set("dropped", texts(r.fit().dropped()));
    fit.set("refs", texts(r.fit().refs()));
    Density d = r.density();
    n.set(
        "density",
        texts(
            List.of(
                d.bodySize(),
                d.smallSize(),
                d.nameSize(),
                d.headingSize(),
                d.labelSize(),
                d.lineHeight(),
                d.sectionGap(),
                d.entryGap(),
                d.bulletGap(),
                d.pageMargin())));
    n.put("fittedView", r.fittedView());
    return n;
  }

  static Verified.Resume resume(JsonNode n) {
    JsonNode fit = n.required("fit");
    List<String> d = texts(n.required("density"));
    if (d.size() != 10) {
      throw new IllegalArgumentException("a density of " + d.size() + " values");
    }
    return new Verified.Resume(
        text(n, "file"),
        text(n, "sha256"),
        n.required("pages").intValue(),
        new FitReport(
            fit.required("step").intValue(),
            fit.required("bodyPt").doubleValue(),
            fit.required("layouts").intValue(),
            fit.required("fill").doubleValue(),
            texts(fit.required("dropped")),
            texts(fit.required("refs"))),
        new Density(
            d.get(0), d.get(1), d.get(2), d.get(3), d.get(4), d.get(5), d.get(6), d.get(7),
            d.get(8), d.get(9)),
        text(n, "fittedView"));
  }

  static ObjectNode of(CheckReport c) {
    ObjectNode n = NODES.objectNode();
    n.put("file", c.file());
    n.put("pages", c.pages());
    n.put("fonts", c.fonts());
    n.put("bytes", c.bytes());
    n.set("problems", texts(c.problems()));
    n.set("warnings", texts(c.warnings()));
    ArrayNode fields = n.putArray("fields");
    for (FieldCheck f : c.fields()) {
      ObjectNode field = fields.addObject();
      field.put("field", f.field());
      field.put("expected", f.expected());
      field.put("found", f.found());
      field.put("ok", f.ok());
    }
    n.set("readAsHeadings", texts(c.readAsHeadings()));
    return n;
  }

  static CheckReport report(JsonNode n) {
    List<FieldCheck> fields = new ArrayList<>();
    for (JsonNode f : n.required("fields")) {
      fields.add(
          new FieldCheck(
              text(f, "field"),
              text(f, "expected"),
              text(f, "found"),
              f.required("ok").asBoolean()));
    }
    return new CheckReport(
        text(n, "file"),
        n.required("pages").intValue(),
        n.required("fonts").intValue(),
        n.required("bytes").longValue(),
        texts(n.required("problems")),
        texts(n.required("warnings")),
        fields,
        texts(n.required("readAsHeadings")));
  }

  private static ArrayNode texts(List<String> texts) {
    ArrayNode a = NODES.arrayNode();
    texts.forEach(a::add);
    return a;
  }

  private static List<String> texts(JsonNode array) {
    if (!array.isArray()) {
      throw new IllegalArgumentException("not a list: " + array);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode t : array) {
      if (!t.isTextual()) {
        throw new IllegalArgumentException("not text: " + t);
      }
      out.add(t.textValue());
    }
    return List.copyOf(out);
  }

  private static String text(JsonNode n, String field) {
    JsonNode t = n.required(field);
    if (!t.isTextual()) {
      throw new IllegalArgumentException(field + " is not text");
    }
    return t.textValue();
  }
}
