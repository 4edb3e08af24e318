package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice headless (Debian {@code libreoffice-writer-nogui}), which opens a .docx as an
 * employer's word processor would and converts it to PDF. Without {@code soffice} on the PATH the
 * tests that need it are skipped, unless {@code VITAE_REQUIRE_SOFFICE=1} (set by .ci/run), where
 * they fail.
 */
final class Soffice {

  private Soffice() {}

  /** Skips the calling test when soffice cannot run here, or fails it where it must. */
  static void assumeInstalled() {
    String missing = missing();
    if (missing == null) {
      return;
    }
    if ("1".equals(System.getenv("VITAE_REQUIRE_SOFFICE"))) {
      fail("LibreOffice is required here (VITAE_REQUIRE_SOFFICE=1), but " + missing);
    }
    Assumptions.abort(
        "LibreOffice conversion skipped: "
            + missing
            + " (apt-get install libreoffice-writer-nogui)");
  }

  private static String missing() {
    try {
      Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0
          ? null
          : "`soffice --version` failed";
    } catch (IOException e) {
      return "soffice is not on the PATH";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /**
   * Converts every .docx in {@code folder} to PDF beside it, in one LibreOffice run with its own
   * profile folder (so that it neither meets another running LibreOffice nor leaves anything in the
   * user's). {@code fonts}, when given, are installed for it (as the user's fonts), as on a
   * recruiter's machine that has the theme's font.
   */
  static void toPdf(Path folder, Path work, java.util.Optional<Path> fonts)
      throws IOException, InterruptedException {
    Path profile = Files.createDirectories(work.resolve("profile"));
    java.util.List<String> command = new java.util.ArrayList<>();
    command.addAll(
        java.util.List.of(
            "soffice",
            "-env:UserInstallation=" + profile.toUri(),
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            folder.toString()));
    try (var files = Files.list(folder)) {
      files
          .filter(f -> f.toString().endsWith(".docx"))
          .sorted()
          .forEach(f -> command.add(f.toString()));
    }
    if (fonts.isPresent()) {
      Files.createSymbolicLink(work.resolve(".fonts"), fonts.get().toAbsolutePath());
    }
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("HOME", work.toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      fail("soffice failed: " + output);
    }
  }
}
