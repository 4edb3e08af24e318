package dev.vitae.apply;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A bundle's {@code record.json}: what was sent where, and from what.
 *
 * @param vitae the version of vitae that built it
 * @param date the application's date, YYYY-MM-DD
 * @param status the application's status when the bundle was built; a bundle built while the
 *     application was out ({@code sent} or later) is frozen
 * @param variant the variant sent, {@code base} for the untailored résumé
 * @param sources the digests of what the bundle was made from
 * @param files every other file of the bundle
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BundleRecord(
    String vitae,
    String company,
    String role,
    String date,
    String status,
    String variant,
    Sources sources,
    List<FileEntry> files) {

  public static final String FILE_NAME = "record.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter JSON = MAPPER.writerWithDefaultPrettyPrinter();

  public BundleRecord {
    files = List.copyOf(files);
  }

  /**
   * The SHA-256 of each source.
   *
   * @param resume resume.yaml's bytes
   * @param application the application file's bytes
   * @param applicationContent the application file without its status, which changes as the
   *     application goes on without changing what was sent
   * @param posting the posting's bytes, empty when there is none
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Sources(
      String resume, String application, String applicationContent, String posting) {}

  /**
   * One file of the bundle.
   *
   * @param document what it is: {@code resume.pdf}, {@code cover-letter.txt}, {@code posting}, …
   * @param pages the page count of a PDF, 0 for other files
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FileEntry(String file, String document, String sha256, int pages, int bytes) {}

  /** The record as pretty-printed JSON, ending in a newline. */
  public byte[] json() {
    try {
      return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A record read back; empty when the bytes are not one. */
  public static Optional<BundleRecord> read(byte[] json) {
    try {
      return Optional.of(MAPPER.readValue(json, BundleRecord.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether it records the same thing sent from the same sources as {@code other}. */
  public boolean sameAs(BundleRecord other) {
    return sources.resume().equals(other.sources().resume())
        && sources.applicationContent().equals(other.sources().applicationContent())
        && sources.posting().equals(other.sources().posting())
        && variant.equals(other.variant());
  }
}
