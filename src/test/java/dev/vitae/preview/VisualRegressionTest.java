package dev.vitae.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.cli.Main;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the sample's PDFs (résumé and dossier, in both themes), rendered by PDFBox and
 * compared with committed pictures under {@code src/test/resources/visual}, so that a change of
 * layout shows in review as changed images. A page matches when at most {@value #TOLERANCE} of its
 * pixels differ by more than {@value #LEVELS} grey levels (anti-aliasing may differ by a level or
 * two between machines; a moved line changes thousands of pixels). On a mismatch the new picture is
 * written beside the committed one as {@code NAME.actual.png}; {@code ./mvnw test
 * -Dgolden.update=true} rewrites the pictures instead.
 */
class VisualRegressionTest {

  static final int DPI = 40;
  static final double TOLERANCE = 0.002;
  static final int LEVELS = 48;
  private static final Path DIR = Path.of("src/test/resources/visual");

  @TempDir static Path out;

  static Stream<Arguments> documents() throws IOException {
    build(out.resolve("modern"));
    build(out.resolve("classic"), "--theme", "classic");
    return Stream.of(
        Arguments.of("resume", out.resolve("modern/Tushar-Resume.pdf")),
        Arguments.of("dossier", out.resolve("modern/Tushar-Dossier.pdf")),
        Arguments.of("resume-classic", out.resolve("classic/Tushar-Resume.pdf")),
        Arguments.of("dossier-classic", out.resolve("classic/Tushar-Dossier.pdf")));
  }

  /** Builds the sample into {@code to}, with these options besides. */
  static void build(Path to, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("build", Samples.SAMPLE.toString(), "--out", to.toString(), "--quiet"));
    args.addAll(List.of(more));
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyPageLooksAsCommitted(String name, Path pdf) throws IOException {
    List<byte[]> pages = PngPages.render(Files.readAllBytes(pdf), DPI);
    boolean update = Boolean.getBoolean("golden.update");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Path committed = DIR.resolve("%s-%02d.png".formatted(name, i + 1));
      Path actual = DIR.resolve("%s-%02d.actual.png".formatted(name, i + 1));
      if (update) {
        Files.createDirectories(DIR);
        Files.write(committed, pages.get(i));
        Files.deleteIfExists(actual);
        continue;
      }
      if (!Files.exists(committed)) {
        Files.write(actual, pages.get(i));
        failures.add(committed + " is missing (the page is in " + actual + ")");
        continue;
      }
      double differing = differing(Files.readAllBytes(committed), pages.get(i));
      if (differing > TOLERANCE) {
        Files.write(actual, pages.get(i));
        failures.add(
            String.format(
                Locale.ROOT,
                "page %d differs from %s in %.2f%% of its pixels (see %s)",
                i + 1,
                committed,
                differing * 100,
                actual));
      } else {
        Files.deleteIfExists(actual);
      }
    }
    if (!update) {
      try (Stream<Path> committed = Files.list(DIR)) {
        long expected =
            committed
                .map(p -> p.getFileName().toString())
                .filter(f -> f.matches(name + "-\\d\\d\\.png"))
                .count();
        assertThat(pages).as("pages of %s", name).hasSize((int) expected);
      }
    }
    assertThat(failures)
        .as("regenerate with ./mvnw test -Dgolden.update=true after looking at the pictures")
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theComparisonSeesALineMovedByTwoPixelsAndNotTheSamePage() throws IOException {
    byte[] page = Files.readAllBytes(DIR.resolve("resume-01.png"));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(page));
    BufferedImage moved =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = moved.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.drawImage(image, 0, 2, null);
    g.dispose();
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    ImageIO.write(moved, "png", png);
    assertThat(differing(page, page)).isZero();
    assertThat(differing(page, png.toByteArray())).isGreaterThan(TOLERANCE);
  }

  /** The share of pixels whose grey level differs by more than {@link #LEVELS}; 1 if sizes do. */
  static double differing(byte[] expectedPng, byte[] actualPng) throws IOException {
    BufferedImage a = ImageIO.read(new ByteArrayInputStream(expectedPng));
    BufferedImage b = ImageIO.read(new ByteArrayInputStream(actualPng));
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return 1;
    }
    long off = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (Math.abs(grey(a.getRGB(x, y)) - grey(b.getRGB(x, y))) > LEVELS) {
          off++;
        }
      }
    }
    return off / (double) (a.getWidth() * a.getHeight());
  }

  private static int grey(int rgb) {
    return (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
  }
}
