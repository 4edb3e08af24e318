package dev.vitae.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Joined Arabic letters are drawn as presentation forms (initial, medial, final, lam-alef), and
 * OpenPDF's Unicode map names them so: a reader that does not normalise them (pdftotext, many
 * applicant-tracking systems) would not find "مهندس" in the text. This maps each such glyph to the
 * letters it stands for, in an incremental update that leaves the rest of the file as it was.
 */
final class ArabicTextLayer {

  /** One entry of OpenPDF's ToUnicode map: {@code <glyph><glyph><UTF-16 hex>}. */
  private static final Pattern ENTRY =
      Pattern.compile("(<[0-9a-fA-F]{4}><[0-9a-fA-F]{4}>)<([0-9a-fA-F]{4})>");

  private ArabicTextLayer() {}

  static byte[] baseLetters(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Set<COSDictionary> changed = Collections.newSetFromMap(new IdentityHashMap<>());
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          COSBase map =
              font == null ? null : font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE);
          if (map instanceof COSStream stream && !changed.contains(stream) && rewrite(stream)) {
            changed.add(stream);
          }
        }
      }
      if (changed.isEmpty()) {
        return pdf;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
      doc.setDocumentId(
          (long) Arrays.hashCode(pdf)); // seeds the update's file ID: same input, same bytes
      doc.saveIncremental(out, changed);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean rewrite(COSStream stream) throws IOException {
    String cmap;
    try (var in = stream.createInputStream()) {
      cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    Matcher m = ENTRY.matcher(cmap);
    StringBuilder out = new StringBuilder(cmap.length());
    boolean any = false;
    while (m.find()) {
      char c = (char) Integer.parseInt(m.group(2), 16);
      if (isPresentationForm(c)) {
        String letters = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).strip();
        m.appendReplacement(
            out,
            m.group(1)
                + "<"
                + HexFormat.of()
                    .withUpperCase()
                    .formatHex(letters.getBytes(StandardCharsets.UTF_16BE))
                + ">");
        any = true;
      }
    }
    if (!any) {
      return false;
    }
    m.appendTail(out);
    try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
      o.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
    }
    return true;
  }

  private static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
  }
}
