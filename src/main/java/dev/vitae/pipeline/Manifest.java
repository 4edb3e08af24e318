package dev.vitae.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** out/manifest.json: every file of a build, what it is, and its digest, for scripts and audits. */
public final class Manifest {

  public static final String FILE_NAME = "manifest.json";

  private Manifest() {}

  public static Document of(List<VariantBuild> builds) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeArrayFieldStart("files");
      for (VariantBuild b : builds) {
        for (Document d : b.documents()) {
          json.writeStartObject();
          json.writeStringField("file", d.fileName());
          json.writeStringField("variant", b.variant().isEmpty() ? "base" : b.variant());
          json.writeStringField("document", d.kind());
          json.writeNumberField("pages", d.pages());
          json.writeNumberField("bytes", d.bytes().length);
          json.writeStringField("sha256", sha256(d.bytes()));
          if (d.kind().equals("resume.pdf") && b.fit().isPresent()) {
            var fit = b.fit().get();
            json.writeObjectFieldStart("fit");
            json.writeNumberField("bodyPt", fit.bodyPt());
            json.writeNumberField("step", fit.step());
            json.writeNumberField("layouts", fit.layouts());
            json.writeArrayFieldStart("dropped");
            for (String s : fit.dropped()) {
              json.writeString(s);
            }
            json.writeEndArray();
            json.writeEndObject();
          }
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = (out + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new Document(FILE_NAME, "manifest", bytes, 0, 0);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
