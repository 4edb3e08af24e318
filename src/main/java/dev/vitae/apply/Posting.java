package dev.vitae.apply;

import dev.vitae.load.SourceMap;
import dev.vitae.model.Application;
import dev.vitae.source.Diagnostic;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where an application's posting is: a file beside it (one line, a path inside the application's
 * folder), the posting's own text (a block of several lines), or none.
 */
public sealed interface Posting {

  /** The posting is a file; {@code path} is relative to the application's folder. */
  record InFile(Path path) implements Posting {}

  /** The posting's text was pasted into the application. */
  record Pasted(String text) implements Posting {}

  /** The application names no posting. */
  record None() implements Posting {}

  /** A path that may not be read: absolute, or leading out of the application's folder. */
  record Refused(Diagnostic diagnostic) implements Posting {}

  /** The posting an application names. */
  public static Posting of(Application application, SourceMap map) {
    String posting = application.posting();
    if (posting == null || posting.isBlank()) {
      return new None();
    }
    if (posting.strip().contains("\n")) {
      return new Pasted(posting);
    }
    try {
      Path path = Path.of(posting.strip());
      if (!path.isAbsolute() && !path.normalize().startsWith("..") && !path.toString().isEmpty()) {
        return new InFile(path.normalize());
      }
    } catch (InvalidPathException e) {
      // refused below
    }
    return new Refused(
        Diagnostic.error(
            map.at("posting"),
            "'posting' must be a file inside the application's folder: '%s'".formatted(posting),
            "copy the posting next to the application and name it (posting: acme-posting.txt), or"
                + " paste its text as a block (posting: |)"));
  }
}
