package dev.vitae.pipeline;

import dev.vitae.fit.FitReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * out/manifest.json: which vitae wrote the folder and every file in it, what it is, its digest and
 * the digest of the resume.yaml it was made from, for scripts and audits. A partial build keeps the
 * entries of the files it kept.
 *
 * @param vitae the version of vitae that wrote it
 * @param files one entry per file: this build's, in the order it wrote them, then those kept
 */
public record Manifest(@Nullable String vitae, List<Entry> files) {

  public static final String FILE_NAME = "manifest.json";

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
   * @param source the SHA-256 of the resume.yaml the file was made from
   * @param fit how the one-page résumé was fitted; only on a {@code resume.pdf}
   */
  public record Entry(
      String file,
      String variant,
      String document,
      int pages,
      int bytes,
      String sha256,
      @Nullable String source,
      @Nullable Fit fit) {}

  /**
   * The fitting of a one-page résumé: type size, density step, layouts tried, items dropped (as
   * people read them, and as {@code refs} into resume.yaml, which {@code vitae check --source}
   * leaves out again).
   */
  public record Fit(
      double bodyPt, int step, int layouts, List<String> dropped, @Nullable List<String> refs) {

    static Fit of(FitReport r) {
      return new Fit(r.bodyPt(), r.step(), r.layouts(), r.dropped(), r.refs());
    }
  }

  /** The manifest of one whole build. */
  public static Manifest of(List<VariantBuild> builds) {
    return new Manifest(version(), entries(builds, ""));
  }

  /** The entries of a build's files, each naming the source it was made from (when not empty). */
  static List<Entry> entries(List<VariantBuild> builds, String source) {
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
                source.isEmpty() ? null : source,
                fit));
      }
    }
    return files;
  }

  /** This build's entries, then those kept from the previous build. */
  static Manifest of(List<Entry> kept, List<Entry> fresh) {
    List<Entry> all = new ArrayList<>(fresh);
    all.addAll(kept);
    return new Manifest(version(), all);
  }

  /** The file entries of the manifest in {@code dir}; none when it is missing or unreadable. */
  static List<Entry> read(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > 64L * 1024 * 1024) {
        return List.of();
      }
      return ManifestJson.read(Files.readAllBytes(file)).files();
    } catch (IOException | RuntimeException e) {
      return List.of(); // a damaged manifest: nothing is carried over
    }
  }

  /** The manifest as the file the build writes. */
  public Document document() {
    byte[] bytes = (ManifestJson.write(this) + "\n").getBytes(StandardCharsets.UTF_8);
    return new Document(FILE_NAME, "manifest", bytes, 0, 0);
  }

  /** vitae's version, from the jar's manifest. */
  public static String version() {
    String v = Manifest.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
