package dev.vitae.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file an application sends a document as: an application's {@code formats:}. */
public enum FileFormat implements Keyed {
  PDF,
  DOCX;

  /** The format a file's name ends in ({@code .pdf}, {@code .docx}, any case), if either. */
  public static Optional<FileFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> lower.endsWith("." + f.key())).findFirst();
  }
}
