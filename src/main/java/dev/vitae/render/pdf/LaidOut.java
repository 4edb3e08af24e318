package dev.vitae.render.pdf;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.TimeZone;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** A document laid out into pages, not yet written. Write it once. */
public final class LaidOut {

  private final ITextRenderer renderer;
  private final int pages;

  LaidOut(ITextRenderer renderer) {
    this.renderer = renderer;
    this.pages = renderer.getRootBox().getLayer().getPages().size();
  }

  public int pages() {
    return pages;
  }

  /** The renderer's layout, for stages that measure boxes. */
  public ITextRenderer renderer() {
    return renderer;
  }

  /** Writes the PDF bytes. */
  public byte[] write(PdfStamp stamp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    renderer.setListener(new DefaultPDFCreationListener() {
      @Override
      public void onClose(ITextRenderer r) {
        PdfDictionary info = r.getWriter().getInfo();
        Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(stamp.time().toEpochMilli());
        info.put(PdfName.CREATIONDATE, new PdfDate(when));
        info.put(PdfName.MODDATE, new PdfDate(when));
        byte[] id = digest(stamp.identity());
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        if (stamp.archival()) {
          archival(r.getWriter());
        }
      }
    });
    if (stamp.archival()) {
      renderer.setPDFXConformance(PdfWriter.PDFA1B);
      renderer.setPDFVersion(PdfWriter.VERSION_1_4);
      renderer.setCompressionEnabled(false); // object streams are PDF 1.5; streams stay compressed
    }
    renderer.setPDFProducer("vitae (Flying Saucer, OpenPDF)");
    renderer.setPDFCreator("vitae");
    renderer.createPDF(out);
    return out.toByteArray();
  }

  /** PDF/A-1b needs an output intent for its RGB colours and XMP metadata matching the info dictionary. */
  private static void archival(PdfWriter writer) {
    try {
      byte[] srgb = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
      writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1", srgb);
      writer.createXmpMetadata();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] digest(byte[] identity) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(identity);
      return java.util.Arrays.copyOf(d, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
