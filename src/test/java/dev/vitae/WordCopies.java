package dev.vitae;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Word documents changed as a faulty writer, or a user's edit, would change them. */
public final class WordCopies {

  private WordCopies() {}

  /** The document without its first paragraph whose text is {@code text}. */
  public static byte[] withoutParagraph(byte[] docx, String text) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFParagraph p =
          doc.getParagraphs().stream()
              .filter(x -> x.getText().equals(text))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no paragraph is " + text));
      doc.removeBodyElement(doc.getPosOfParagraph(p));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
