package dev.vitae.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The font files vitae embeds, as paths on disk (Flying Saucer reads font tables from a path).
 * Fonts packed in the jar are copied once into a cache folder, named by each entry's checksum.
 *
 * @param families the text faces (Source Sans 3, Source Serif 4), every weight and style of them
 * @param fallbacks faces tried in order for characters the text face lacks (a user's fonts, then
 *     Hebrew, Arabic, emoji, CJK)
 */
public record FontSet(List<Family> families, List<Face> fallbacks) {

  /**
   * A text face: the family name style sheets give it, and its files, the regular one first. The
   * first family of a set is parsed with the engine; another only for a page that names it.
   */
  public record Family(String name, List<Path> files) {
    public Family {
      files = List.copyOf(files);
    }
  }

  /** Every file of the text faces, family by family. */
  public List<Path> files() {
    return families.stream().flatMap(f -> f.files().stream()).toList();
  }

  /**
   * One fallback family: its regular file first (which decides what it covers), then other weights.
   *
   * @param files the family's font files
   * @param onDemand parsed only when a document needs a character the faces before it lack (a large
   *     font that most résumés never use)
   */
  public record Face(List<Path> files, boolean onDemand) {
    public Face {
      files = List.copyOf(files);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("a face needs a font file");
      }
    }
  }

  /** The shipped text faces, the modern theme's first: the family name and its files. */
  private static final List<Map.Entry<String, List<String>>> SHIPPED =
      List.of(
          Map.entry(
              "Source Sans 3",
              List.of("SourceSans3-Regular.ttf", "SourceSans3-It.ttf", "SourceSans3-Bold.ttf")),
          Map.entry(
              "Source Serif 4",
              List.of("SourceSerif4-Regular.ttf", "SourceSerif4-It.ttf", "SourceSerif4-Bold.ttf")));

  /** A shipped fallback face: its files on the class path, and whether it is parsed on demand. */
  public record Shipped(List<String> files, boolean onDemand) {}

  /**
   * The shipped fallback faces, tried in this order, each parsed the first time a document needs a
   * character the faces before it lack: a Latin résumé parses none of them (3 MiB less at its peak,
   * the Hebrew, Arabic and emoji faces no longer parsed at every start).
   */
  public static final List<Shipped> SHIPPED_FALLBACKS =
      List.of(
          new Shipped(List.of("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"), true),
          new Shipped(List.of("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"), true),
          new Shipped(List.of("NotoEmoji-Regular.ttf"), true),
          // Chinese, Japanese kana, Korean Hangul: 3.4 MB, parsed only for a document that needs
          // it.
          new Shipped(List.of("DroidSansFallback.ttf"), true));

  public FontSet {
    families = List.copyOf(families);
    fallbacks = List.copyOf(fallbacks);
  }

  /** Finds the shipped fonts on the class path. */
  public static FontSet shipped() {
    List<Face> faces =
        SHIPPED_FALLBACKS.stream().map(f -> new Face(copies(f.files()), f.onDemand())).toList();
    List<Family> families =
        SHIPPED.stream().map(e -> new Family(e.getKey(), copies(e.getValue()))).toList();
    return new FontSet(families, faces);
  }

  /**
   * These fonts, with each of {@code extra} (a user's choice) tried, as a face of its own, before
   * the shipped fallbacks: a Japanese font named in resume.yaml draws kanji rather than the shipped
   * one.
   */
  public FontSet withFallbacks(List<Path> extra) {
    List<Face> all = new ArrayList<>();
    extra.forEach(file -> all.add(new Face(List.of(file), false)));
    all.addAll(fallbacks);
    return new FontSet(families, all);
  }

  private static List<Path> copies(List<String> names) {
    try {
      List<Path> paths = new ArrayList<>();
      for (String name : names) {
        URL url = FontSet.class.getResource("/vitae/fonts/" + name);
        if (url == null) {
          throw new IllegalStateException("font missing from the build: " + name);
        }
        paths.add(
            url.getProtocol().equals("file")
                ? Path.of(url.toURI())
                : cached(name, url.openConnection()));
      }
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The jar entry's copy in the cache, made when missing. The jar's directory gives each entry's
   * checksum and size without reading the font, so a start-up costs a look at the file only.
   */
  private static Path cached(String name, URLConnection connection) throws IOException {
    long crc = connection instanceof JarURLConnection jar ? jar.getJarEntry().getCrc() : -1;
    long size = connection.getContentLengthLong();
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "vitae-fonts");
    Path file = cache.resolve("%08x-%s".formatted(crc, name));
    if (crc != -1 && Files.isRegularFile(file) && Files.size(file) == size) {
      return file;
    }
    Files.createDirectories(cache);
    Path tmp = Files.createTempFile(cache, name, ".part");
    try (InputStream in = connection.getInputStream()) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }
}
