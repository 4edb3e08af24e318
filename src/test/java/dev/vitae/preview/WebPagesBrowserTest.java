package dev.vitae.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample's web pages (the résumé's and the portfolio, both themes) opened in headless Chromium
 * as a visitor opens them: no request to anything but the page's own file, nothing on the console,
 * every inlined font face the text uses loaded, no serious or critical finding of axe-core's
 * accessibility audit, a print of at least one page, and a first screen that looks as committed
 * under {@code src/test/resources/visual} ({@code web-NAME.png}, compared as the PDFs' pages are;
 * {@code -Dgolden.update=true} rewrites them).
 */
class WebPagesBrowserTest {

  private static final Path DIR = Path.of("src/test/resources/visual");
  private static final int WIDTH = 1024;
  private static final int HEIGHT = 1400;

  @TempDir static Path out;

  @BeforeAll
  static void build() {
    VisualRegressionTest.build(out.resolve("modern"), "--only", "resume,dossier,html");
    VisualRegressionTest.build(
        out.resolve("classic"), "--only", "resume,dossier,html", "--theme", "classic");
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("resume", "modern/Tushar-Resume.html"),
        Arguments.of("portfolio", "modern/Tushar-Portfolio.html"),
        Arguments.of("resume-classic", "classic/Tushar-Resume.html"),
        Arguments.of("portfolio-classic", "classic/Tushar-Portfolio.html"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void opensOfflineWithoutErrorsAndPassesTheAudit(String name, String file)
      throws IOException, InterruptedException {
    Browser.assumeInstalled();
    Path shot = out.resolve(name + ".png");
    Browser.Audit audit = Browser.open(out.resolve(file), shot, WIDTH, HEIGHT);
    assertThat(audit.requests()).as("requests beyond the page's own file").isEmpty();
    assertThat(audit.console()).as("console errors and warnings").isEmpty();
    assertThat(audit.fonts()).as("font faces").noneMatch(f -> f.endsWith(": error"));
    assertThat(audit.fonts())
        .as("font faces the text uses")
        .anyMatch(f -> f.endsWith("400 normal: loaded"))
        .anyMatch(f -> f.endsWith("700 normal: loaded"));
    assertThat(audit.violations())
        .as("axe-core findings of serious or critical impact")
        .filteredOn(v -> v.impact().equals("serious") || v.impact().equals("critical"))
        .isEmpty();
    assertThat(audit.violations()).as("axe-core findings of any impact").isEmpty();
    assertThat(audit.printedPages()).as("printed pages").isPositive();
    looksAsCommitted(name, Files.readAllBytes(shot));
  }

  private static void looksAsCommitted(String name, byte[] png) throws IOException {
    Path committed = DIR.resolve("web-" + name + ".png");
    Path actual = DIR.resolve("web-" + name + ".actual.png");
    if (Boolean.getBoolean("golden.update")) {
      Files.write(committed, png);
      Files.deleteIfExists(actual);
      return;
    }
    if (!Files.exists(committed)) {
      Files.write(actual, png);
      throw new AssertionError(committed + " is missing (the screenshot is in " + actual + ")");
    }
    double differing = VisualRegressionTest.differing(Files.readAllBytes(committed), png);
    if (differing > VisualRegressionTest.TOLERANCE) {
      Files.write(actual, png);
    } else {
      Files.deleteIfExists(actual);
    }
    assertThat(differing)
        .as(
            String.format(
                Locale.ROOT,
                "%s differs from %s in %.2f%% of its pixels (see %s); regenerate with"
                    + " -Dgolden.update=true after looking at it",
                name,
                committed,
                differing * 100,
                actual))
        .isLessThanOrEqualTo(VisualRegressionTest.TOLERANCE);
  }
}
