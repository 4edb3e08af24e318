package dev.vitae.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.vitae.fit.FitReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * out/manifest.json: every file of a build, what it is, and its digest, for scripts and audits.
 *
 * @param files one entry per file, in the order the build wrote them
 */
public record Manifest(List<Entry> files) {

  public static final String FILE_NAME = "manifest.json";

  private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

  public Manifest {
    files = List.copyOf(files);
  }

  /**
   * One file of the build.
   *
   * @param variant the variant's name, {@code base} for the base résumé
   * @param document what the file is: {@code resume.pdf}, {@code preview.png}, …
   * @param pages page count for PDFs, 0 for text
   * @param bytes the file's size
   * @param fit how the one-page résumé was fitted; only on a {@code resume.pdf}
   */
  public record Entry(
      String file,
      String variant,
      String document,
      int pages,
      int bytes,
      String sha256,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Fit fit) {}

  /** The fitting of a one-page résumé: type size, density step, layouts tried, items dropped. */
  public record Fit(double bodyPt, int step, int layouts, List<String> dropped) {

    static Fit of(FitReport r) {
      return new Fit(r.bodyPt(), r.step(), r.layouts(), r.dropped());
    }
  }

  public static Manifest of(List<VariantBuild> builds) {
    List<Entry> files = new ArrayList<>();
    for (VariantBuild b : builds) {
      for (Document d : b.documents()) {
        @Nullable Fit fit =
            d.kind().equals("resume.pdf") ? b.fit().map(Fit::of).orElse(null) : null;
        files.add(
            new Entry(
                d.fileName(),
                b.variant().isEmpty() ? "base" : b.variant(),
                d.kind(),
                d.pages(),
                d.bytes().length,
                sha256(d.bytes()),
                fit));
      }
    }
    return new Manifest(files);
  }

  /** The manifest as the file the build writes. */
  public Document document() {
    try {
      byte[] bytes = (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
      return new Document(FILE_NAME, "manifest", bytes, 0, 0);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a manifest is always JSON", e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
