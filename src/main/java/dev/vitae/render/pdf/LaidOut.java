package dev.vitae.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/** A document laid out into pages, not yet written. Write it once. */
public final class LaidOut {

  private final ITextRenderer renderer;
  private final boolean joinedArabic;
  private final String language;
  private final int pages;
  private final Runnable restyle;

  /**
   * @param joinedArabic the text holds Arabic presentation forms, to be mapped back to letters
   * @param language the document's BCP 47 language tag for the PDF's /Lang, or empty
   * @param restyle points the engine's shared style sheets back at this document before writing
   */
  LaidOut(ITextRenderer renderer, boolean joinedArabic, String language, Runnable restyle) {
    this.renderer = renderer;
    this.restyle = restyle;
    this.joinedArabic = joinedArabic;
    this.language = language;
    this.pages = pageBoxes().size();
  }

  /** Layout units in one point (Flying Saucer's dots per point). */
  public static final float UNITS_PER_POINT = ITextRenderer.DEFAULT_DOTS_PER_POINT;

  public int pages() {
    return pages;
  }

  /** The root of the layout, which laying out made. */
  private BlockBox root() {
    return Objects.requireNonNull(renderer.getRootBox(), "laid out");
  }

  private List<PageBox> pageBoxes() {
    return Objects.requireNonNull(root().getLayer(), "laid out").getPages();
  }

  /** Height of a page's content area (inside the margins), in layout units. */
  public int pageHeight() {
    PageBox first = pageBoxes().get(0);
    return first.getBottom() - first.getTop();
  }

  /**
   * How far the content reaches below the top of the first page's content area, in layout units:
   * pages are stacked, so a document that runs a little onto a second page measures a little more
   * than {@link #pageHeight()}.
   */
  public int usedHeight() {
    return bottom(root()) - pageBoxes().get(0).getTop();
  }

  /**
   * How tall the content would be on one endless page: {@link #usedHeight()} less the blank ends of
   * pages left where a block was pushed to the next page.
   */
  public int flowHeight() {
    return usedHeight() - blanks(root(), pageBoxes());
  }

  private static int blanks(Box parent, List<PageBox> pages) {
    int sum = 0;
    List<Box> children = parent.getChildren();
    for (int i = 0; i < children.size(); i++) {
      Box child = children.get(i);
      if (child instanceof BlockBox) {
        if (i > 0) {
          int above = bottom(children.get(i - 1));
          if (page(pages, above) != page(pages, child.getAbsY())) {
            sum += Math.max(0, child.getAbsY() - above);
          }
        }
        sum += blanks(child, pages);
      }
    }
    return sum;
  }

  /**
   * For every block whose element carries {@code attribute}, in document order: how much shorter
   * the document would be without it, measured as the distance from the bottom of the block before
   * it (or the top of its parent) to its own bottom, so the gap above it is counted too.
   */
  public Map<String, Integer> blockHeights(String attribute) {
    Map<String, Integer> out = new LinkedHashMap<>();
    collect(root(), attribute, out, pageBoxes());
    return out;
  }

  /**
   * A block pushed to the next page leaves the rest of the page blank; that blank is not part of
   * the block, so the gap above a block is only counted when both ends are on the same page.
   */
  private static void collect(
      Box parent, String attribute, Map<String, Integer> out, List<PageBox> pages) {
    List<Box> children = parent.getChildren();
    for (int i = 0; i < children.size(); i++) {
      Box child = children.get(i);
      if (!(child instanceof BlockBox)) {
        continue;
      }
      var element = child.getElement();
      String key = element == null ? "" : element.getAttribute(attribute);
      if (!key.isEmpty() && !out.containsKey(key)) {
        int above = i > 0 ? bottom(children.get(i - 1)) : parent.getAbsY();
        if (page(pages, above) != page(pages, child.getAbsY())) {
          above = child.getAbsY();
        }
        out.put(key, Math.max(0, bottom(child) - above));
      }
      collect(child, attribute, out, pages);
    }
  }

  private static int page(List<PageBox> pages, int y) {
    for (int i = 0; i < pages.size(); i++) {
      if (y < pages.get(i).getBottom()) {
        return i;
      }
    }
    return pages.size() - 1;
  }

  private static int bottom(Box box) {
    return box.getAbsY() + box.getHeight();
  }

  /** The renderer's layout, for stages that measure boxes. */
  public ITextRenderer renderer() {
    return renderer;
  }

  /** Writes the PDF bytes. */
  public byte[] write(PdfStamp stamp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    renderer.setListener(
        new DefaultPDFCreationListener() {
          @Override
          public void onClose(ITextRenderer r) {
            PdfWriter writer = Objects.requireNonNull(r.getWriter(), "writing");
            PdfDictionary info = writer.getInfo();
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(stamp.time().toEpochMilli());
            info.put(PdfName.CREATIONDATE, new PdfDate(when));
            info.put(PdfName.MODDATE, new PdfDate(when));
            byte[] id = digest(stamp.identity().getBytes(StandardCharsets.UTF_8));
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            if (!language.isEmpty()) {
              writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
            }
            if (stamp.archival()) {
              archival(writer);
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
    restyle.run();
    renderer.createPDF(out);
    return joinedArabic ? ArabicTextLayer.baseLetters(out.toByteArray()) : out.toByteArray();
  }

  /**
   * PDF/A-1b needs an output intent for its RGB colours and XMP metadata matching the info
   * dictionary.
   */
  private static void archival(PdfWriter writer) {
    try {
      byte[] srgb =
          java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
      writer.setOutputIntents(
          "sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1", srgb);
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
