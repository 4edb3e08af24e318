package dev.vitae.preview;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A web page opened in headless Chromium (the system's {@code chromium}, driven by npm
 * puppeteer-core through {@code src/test/js/page-audit.mjs}) as a visitor opens it, with axe-core's
 * accessibility audit. Without node, the npm packages or chromium the tests that need it are
 * skipped, unless {@code VITAE_REQUIRE_CHROMIUM=1} (set by .ci/run), where they fail.
 */
final class Browser {

  private static final Path FOLDER = Path.of("src/test/js");
  private static final Path SCRIPT = FOLDER.resolve("page-audit.mjs");
  private static final List<Path> PACKAGES =
      List.of(
          FOLDER.resolve("node_modules/puppeteer-core/package.json"),
          FOLDER.resolve("node_modules/axe-core/axe.min.js"));

  /** One accessibility rule a page breaks, with its impact ({@code minor} to {@code critical}). */
  record Violation(String id, String impact, String help, List<String> nodes) {}

  /**
   * What the page did when opened.
   *
   * @param requests every address it asked for besides its own file and {@code data:}
   * @param console errors and warnings on the console, page errors, failed requests
   * @param fonts each declared font face with its status ({@code loaded}, {@code unloaded} when no
   *     text uses it, {@code error})
   * @param printedPages pages it prints on, on letter paper
   */
  record Audit(
      List<String> requests,
      List<String> console,
      List<Violation> violations,
      List<String> fonts,
      int printedPages) {}

  private Browser() {}

  static Path chromium() {
    return Path.of(
        Objects.requireNonNullElse(System.getenv("VITAE_CHROMIUM"), "/usr/bin/chromium"));
  }

  /** Skips the calling test when the browser cannot run here, or fails it where it must. */
  static void assumeInstalled() {
    String missing = missing();
    if (missing == null) {
      return;
    }
    if ("1".equals(System.getenv("VITAE_REQUIRE_CHROMIUM"))) {
      fail("headless Chromium is required here (VITAE_REQUIRE_CHROMIUM=1), but " + missing);
    }
    Assumptions.abort(
        "browser tests skipped: "
            + missing
            + " (apt-get install chromium; npm ci in "
            + FOLDER
            + ")");
  }

  private static String missing() {
    String npm = dev.vitae.NodeJs.missing(PACKAGES);
    if (npm != null) {
      return npm;
    }
    return Files.isExecutable(chromium()) ? null : chromium() + " is not installed";
  }

  /** Opens the page at this window size, screenshots its first screen, audits it. */
  static Audit open(Path page, Path screenshot, int width, int height)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "node",
                SCRIPT.toString(),
                page.toAbsolutePath().toString(),
                screenshot.toAbsolutePath().toString(),
                String.valueOf(width),
                String.valueOf(height))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    byte[] json = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      fail("the browser failed on " + page + ": " + new String(json, StandardCharsets.UTF_8));
    }
    JsonNode root = new ObjectMapper().readTree(json);
    List<Violation> violations = new ArrayList<>();
    for (JsonNode v : root.get("violations")) {
      violations.add(
          new Violation(
              v.get("id").asText(),
              v.get("impact").asText(),
              v.get("help").asText(),
              strings(v.get("nodes"))));
    }
    return new Audit(
        strings(root.get("requests")),
        strings(root.get("console")),
        violations,
        strings(root.get("fonts")),
        root.get("printedPages").asInt());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
