package dev.vitae.check;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The text items of a PDF as pdf.js reads them (npm pdfjs-dist, through {@code
 * src/test/js/text-items.mjs}): what browser-based applicant-tracking systems see. Without node or
 * the installed package the tests that need it are skipped, unless {@code VITAE_REQUIRE_PDFJS=1}
 * (set by .ci/run), where they fail.
 */
final class PdfJs {

  static final Path FOLDER = Path.of("src/test/js");
  private static final Path SCRIPT = FOLDER.resolve("text-items.mjs");
  private static final Path PACKAGE = FOLDER.resolve("node_modules/pdfjs-dist/package.json");

  private PdfJs() {}

  /** Skips the calling test when pdf.js cannot run here, or fails it where it must. */
  static void assumeInstalled() {
    String missing = missing();
    if (missing == null) {
      return;
    }
    if ("1".equals(System.getenv("VITAE_REQUIRE_PDFJS"))) {
      fail("pdf.js is required here (VITAE_REQUIRE_PDFJS=1), but " + missing);
    }
    Assumptions.abort("pdf.js read-back skipped: " + missing + " (run `npm ci` in " + FOLDER + ")");
  }

  private static String missing() {
    return dev.vitae.NodeJs.missing(List.of(PACKAGE));
  }

  /**
   * Every page's items in content-stream order. A page's last item ends its line, as with PDFBox
   * (pdf.js runs the last line of a page into the first of the next).
   */
  static List<TextItem> items(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("vitae-pdfjs", ".pdf");
    try {
      Files.write(file, pdf);
      Process p =
          new ProcessBuilder("node", SCRIPT.toString(), file.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      byte[] json = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        fail("pdf.js failed on the PDF: " + new String(json, StandardCharsets.UTF_8));
      }
      List<TextItem> out = new ArrayList<>();
      for (JsonNode page : new ObjectMapper().readTree(json)) {
        JsonNode items = page.get("items");
        for (int i = 0; i < items.size(); i++) {
          JsonNode item = items.get(i);
          out.add(
              new TextItem(
                  item.get("text").asText(),
                  page.get("page").asInt(),
                  item.get("x").asDouble(),
                  item.get("y").asDouble(),
                  item.get("width").asDouble(),
                  item.get("height").asDouble(),
                  item.get("font").asText(),
                  item.get("endOfLine").asBoolean() || i == items.size() - 1));
        }
      }
      return out;
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
