package dev.vitae.pipeline;

import dev.vitae.fit.FitMemory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code out/.vitae/fits}: the fit memory a build leaves for the next build into the same folder,
 * so that a cold {@code vitae build} of an unchanged résumé lays it out once instead of searching,
 * and an edited one starts from the step it ended on. It is a cache: written after a build is
 * committed, read only when the same code, fonts and JDK wrote it, and a file that cannot be read
 * or written costs the layouts it would have saved, never the build.
 */
final class FitFile {

  static final String NAME = "fits";

  private FitFile() {}

  /** Adds what the last build into {@code out} remembered to {@code memory}. */
  static void restore(Path out, FitMemory memory) {
    if (!memory.remembers()) {
      return;
    }
    Path file = out.resolve(BuildStore.NAME).resolve(NAME);
    try {
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) < 1 << 20) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        maker().ifPresent(m -> memory.restore(text, m));
      }
    } catch (IOException | RuntimeException e) {
      // not readable, or not text: this build searches
    }
  }

  /**
   * Leaves {@code memory} in {@code out} for the next build, replacing the last one's in one step.
   */
  static void save(Path out, FitMemory memory) {
    maker().ifPresent(m -> BuildStore.replaceCache(out, NAME, memory.text(m)));
  }

  /**
   * What a layout depends on besides its XHTML: vitae's code with its templates and fonts (its jar,
   * as it is now), and the JDK; empty when the code's file cannot be looked at.
   */
  static Optional<String> maker() {
    CodeStamp code = CodeStamp.of(FitFile.class);
    return code.modified()
        .map(
            m ->
                String.join(
                    " ",
                    code.file().toString(),
                    Long.toString(code.size()),
                    Long.toString(m.toMillis()),
                    "java",
                    Runtime.version().toString()));
  }
}
