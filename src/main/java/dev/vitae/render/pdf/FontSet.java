package dev.vitae.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The font files vitae embeds, as paths on disk (Flying Saucer reads font tables from a path). Fonts
 * packed in the jar are copied once into a cache folder named by their content.
 *
 * @param files the text faces (Source Sans 3, Source Serif 4), every weight and style of them
 * @param fallbacks faces tried in order for characters the text face lacks (Hebrew, Arabic, emoji,
 *     then a user's fonts)
 */
public record FontSet(List<Path> files, List<Face> fallbacks) {

  /**
   * One fallback family: its regular file first (which decides what it covers), then other weights.
   *
   * @param files the family's font files
   */
  public record Face(List<Path> files) {
    public Face {
      files = List.copyOf(files);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("a face needs a font file");
      }
    }
  }

  /** The shipped text face, in the order it is registered. */
  public static final List<String> SHIPPED = List.of(
      "SourceSans3-Regular.ttf", "SourceSans3-It.ttf", "SourceSans3-Bold.ttf",
      "SourceSerif4-Regular.ttf", "SourceSerif4-It.ttf", "SourceSerif4-Bold.ttf");

  /** The shipped fallback faces, tried in this order. */
  public static final List<List<String>> SHIPPED_FALLBACKS = List.of(
      List.of("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
      List.of("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
      List.of("NotoEmoji-Regular.ttf"));

  public FontSet {
    files = List.copyOf(files);
    fallbacks = List.copyOf(fallbacks);
  }

  /** Finds the shipped fonts on the class path. */
  public static FontSet shipped() {
    return new FontSet(copies(SHIPPED), SHIPPED_FALLBACKS.stream().map(f -> new Face(copies(f))).toList());
  }

  /** These fonts, with each of {@code extra} tried, as a face of its own, after the fallbacks. */
  public FontSet withFallbacks(List<Path> extra) {
    List<Face> all = new ArrayList<>(fallbacks);
    extra.forEach(file -> all.add(new Face(List.of(file))));
    return new FontSet(files, all);
  }

  private static List<Path> copies(List<String> names) {
    try {
      List<Path> paths = new ArrayList<>();
      Path cache = null;
      for (String name : names) {
        URL url = FontSet.class.getResource("/vitae/fonts/" + name);
        if (url == null) {
          throw new IllegalStateException("font missing from the build: " + name);
        }
        if (url.getProtocol().equals("file")) {
          paths.add(Path.of(url.toURI()));
          continue;
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
          bytes = in.readAllBytes();
        }
        if (cache == null) {
          cache = Path.of(System.getProperty("java.io.tmpdir"), "vitae-fonts-" + fingerprint(bytes));
          Files.createDirectories(cache);
        }
        Path file = cache.resolve(name);
        if (!Files.exists(file) || Files.size(file) != bytes.length) {
          Path tmp = Files.createTempFile(cache, name, ".part");
          Files.write(tmp, bytes);
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        paths.add(file);
      }
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String fingerprint(byte[] bytes) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
