package dev.vitae.pipeline;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One output file, rendered in memory and not yet written. A value: its bytes are copied in and
 * out, so no holder can change a file after it passed its read-back. (Not a record: a record's
 * array component would be shared and compared by reference.)
 */
public final class Document {

  private final String fileName;
  private final String kind;
  private final byte[] bytes;
  private final int pages;
  private final long millis;

  /**
   * @param fileName the file's path inside {@code out/}
   * @param kind what it is: {@code resume.pdf}, {@code resume.txt}, {@code resume.md}, {@code
   *     preview.png}, …
   * @param bytes the file's contents
   * @param pages page count for PDFs, 0 for text
   * @param millis time spent rendering it
   */
  public Document(String fileName, String kind, byte[] bytes, int pages, long millis) {
    this.fileName = fileName;
    this.kind = kind;
    this.bytes = bytes.clone();
    this.pages = pages;
    this.millis = millis;
  }

  /** The file's path inside {@code out/}. */
  public String fileName() {
    return fileName;
  }

  /** What it is: {@code resume.pdf}, {@code resume.txt}, … */
  public String kind() {
    return kind;
  }

  /** A copy of the file's contents. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Page count for PDFs, 0 for text. */
  public int pages() {
    return pages;
  }

  /** Time spent rendering it. */
  public long millis() {
    return millis;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Document d
        && fileName.equals(d.fileName)
        && kind.equals(d.kind)
        && Arrays.equals(bytes, d.bytes)
        && pages == d.pages
        && millis == d.millis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, kind, Arrays.hashCode(bytes), pages, millis);
  }

  @Override
  public String toString() {
    return "Document[fileName=%s, kind=%s, %d bytes, pages=%d, millis=%d]"
        .formatted(fileName, kind, bytes.length, pages, millis);
  }
}
