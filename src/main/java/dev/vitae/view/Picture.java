package dev.vitae.view;

import java.util.Base64;

/**
 * The person's picture, read from the project's folder (a PNG or JPEG file), as a {@code data:}
 * address: a page shows it without asking any host, a PDF embeds it.
 */
public record Picture(String dataUri) {

  /** The picture of these bytes, of this type ({@code image/png} or {@code image/jpeg}). */
  public static Picture of(String mediaType, byte[] bytes) {
    return new Picture(
        "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes));
  }
}
