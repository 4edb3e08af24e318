package dev.vitae.render.pdf;

import java.time.Instant;

/**
 * What makes a PDF's bytes: the time written into it and the seed of its file ID.
 *
 * @param time creation and modification date (from SOURCE_DATE_EPOCH when set)
 * @param identity bytes the file ID is derived from, usually a digest of the input
 * @param archival write PDF/A-1b: PDF 1.4, sRGB output intent, XMP metadata
 */
public record PdfStamp(Instant time, byte[] identity, boolean archival) {

  /** A plain (not archival) PDF. */
  public PdfStamp(Instant time, byte[] identity) {
    this(time, identity, false);
  }
}
