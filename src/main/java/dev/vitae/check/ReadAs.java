package dev.vitae.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a written file is read back: by the reader its kind of file has. */
public enum ReadAs {
  /** PDFBox, in content-stream order. */
  PDF,
  /** POI, paragraph by paragraph. */
  DOCX,
  /** jsoup, element by element in document order, as a crawler reads a page. */
  HTML;

  /**
   * The reader for a file's name ({@code .pdf}, {@code .docx}, {@code .html}, any case), if any.
   */
  public static Optional<ReadAs> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(r -> lower.endsWith("." + r.name().toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
