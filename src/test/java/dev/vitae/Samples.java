package dev.vitae;

import dev.vitae.load.LoadResult;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.Vitae;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample résumé: a copy of the repository's resume.yaml under src/test/resources, so that a
 * person editing ./resume.yaml breaks no test.
 */
public final class Samples {

  public static final Path SAMPLE = Path.of("src/test/resources/sample/resume.yaml");

  private Samples() {}

  public static byte[] bytes() {
    try {
      return Files.readAllBytes(SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Resume resume() {
    return load("resume.yaml", bytes());
  }

  public static Resume load(String name, byte[] bytes) {
    LoadResult r = Vitae.read(name, bytes);
    if (r instanceof LoadResult.Loaded l) {
      return l.resume();
    }
    throw new AssertionError("sample did not load: " + r.diagnostics());
  }
}
