package dev.vitae.render.pdf;

import java.time.Instant;

/**
 * What makes a PDF's bytes: the time written into it and the seed of its file ID.
 *
 * @param time creation and modification date (from SOURCE_DATE_EPOCH when set)
 * @param identity the text the file ID is derived from (its UTF-8 bytes' digest), usually the
 *     document's XHTML
 * @param archival write PDF/A-1b: PDF 1.4, sRGB output intent, XMP metadata
 */
public record PdfStamp(Instant time, String identity, boolean archival) {

  /** A plain (not archival) PDF. */
  public PdfStamp(Instant time, String identity) {
    this(time, identity, false);
  }
}
