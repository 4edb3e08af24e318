package dev.vitae.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@link Manifest} as JSON through Jackson's streaming reader and writer, field by field, as its
 * binding of records wrote and read it before: the binding's first use (its mapper, a serializer
 * and a deserializer for each record, their annotations) cost a cold build more than the rest of
 * its commit.
 */
final class ManifestJson {

  private static final JsonFactory JSON = new JsonFactory();

  private ManifestJson() {}

  /** The manifest as its file holds it, pretty-printed, without its last line break. */
  static String write(Manifest m) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("vitae", m.vitae());
      g.writeArrayFieldStart("files");
      for (Manifest.Entry e : m.files()) {
        g.writeStartObject();
        g.writeStringField("file", e.file());
        g.writeStringField("variant", e.variant());
        g.writeStringField("document", e.document());
        g.writeNumberField("pages", e.pages());
        g.writeNumberField("bytes", e.bytes());
        g.writeStringField("sha256", e.sha256());
        if (e.source() != null) {
          g.writeStringField("source", e.source());
        }
        Manifest.Fit fit = e.fit();
        if (fit != null) {
          g.writeObjectFieldStart("fit");
          g.writeNumberField("bodyPt", fit.bodyPt());
          g.writeNumberField("step", fit.step());
          g.writeNumberField("layouts", fit.layouts());
          texts(g, "dropped", fit.dropped());
          if (fit.refs() != null) {
            texts(g, "refs", fit.refs());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a manifest is always JSON", e);
    }
    return text.toString();
  }

  private static void texts(JsonGenerator g, String name, List<String> texts) throws IOException {
    g.writeArrayFieldStart(name);
    for (String t : texts) {
      g.writeString(t);
    }
    g.writeEndArray();
  }

  /**
   * The manifest of this JSON; fields it does not know are passed over, missing ones are empty.
   *
   * @throws IOException when it is not JSON
   * @throws IllegalArgumentException when a field holds a value of another kind
   */
  static Manifest read(byte[] json) throws IOException {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      Map<String, @Nullable Object> m = object(value(p));
      List<Manifest.Entry> files = new ArrayList<>();
      for (Object f : list(m.get("files"))) {
        Map<String, @Nullable Object> e = object(f);
        String file = text(e.get("file"));
        if (file == null) {
          continue; // an entry that names no file is no file of the build
        }
        @Nullable Object fit = e.get("fit");
        files.add(
            new Manifest.Entry(
                file,
                orEmpty(text(e.get("variant"))),
                orEmpty(text(e.get("document"))),
                whole(e.get("pages")),
                whole(e.get("bytes")),
                orEmpty(text(e.get("sha256"))),
                text(e.get("source")),
                fit == null ? null : fit(object(fit))));
      }
      return new Manifest(text(m.get("vitae")), files);
    }
  }

  private static Manifest.Fit fit(Map<String, @Nullable Object> f) {
    double bodyPt = f.get("bodyPt") instanceof Number n ? n.doubleValue() : 0;
    @Nullable Object refs = f.get("refs");
    return new Manifest.Fit(
        bodyPt,
        whole(f.get("step")),
        whole(f.get("layouts")),
        texts(f.get("dropped")),
        refs == null ? null : texts(refs));
  }

  /** The value at the parser's token: a map, a list, text, a number, a truth value or null. */
  private static @Nullable Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new IOException("no JSON");
    }
    return switch (t) {
      case START_OBJECT -> {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          m.put(name, value(p));
        }
        yield m;
      }
      case START_ARRAY -> {
        List<@Nullable Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(value(p));
        }
        yield l;
      }
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> null;
      default -> throw new IOException("not JSON at " + t);
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> object(@Nullable Object o) {
    if (!(o instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("not an object: " + o);
    }
    return (Map<String, @Nullable Object>) m;
  }

  private static List<?> list(@Nullable Object o) {
    if (o == null) {
      return List.of();
    }
    if (!(o instanceof List<?> l)) {
      throw new IllegalArgumentException("not a list: " + o);
    }
    return l;
  }

  private static @Nullable String text(@Nullable Object o) {
    if (o != null && !(o instanceof String)) {
      throw new IllegalArgumentException("not text: " + o);
    }
    return (String) o;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static int whole(@Nullable Object o) {
    if (o == null) {
      return 0;
    }
    if (!(o instanceof Number n) || n.doubleValue() != n.intValue()) {
      throw new IllegalArgumentException("not a whole number: " + o);
    }
    return n.intValue();
  }

  private static List<String> texts(@Nullable Object o) {
    List<String> out = new ArrayList<>();
    for (Object t : list(o)) {
      String s = text(t);
      if (s == null) {
        throw new IllegalArgumentException("null in a list of texts");
      }
      out.add(s);
    }
    return out;
  }
}
