package dev.vitae.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Checks one Word document's bytes against an expectation, as {@link PdfCheck} checks a PDF: its
 * paragraphs read with POI in document order (as Word's own text export and résumé parsers read a
 * .docx), every source string in order and contiguous, compared as the PDF's text layer is ({@link
 * TextOrder}); a title and an author in its properties; the size an application form takes. A Word
 * document has no pages of its own (the word processor that opens it sets them), so the page count
 * is not checked.
 */
public final class DocxCheck {

  private DocxCheck() {}

  public static CheckReport check(String file, byte[] docx, Expectation expected) {
    List<String> problems = new ArrayList<>();
    if (docx.length > PdfCheck.MAX_BYTES) {
      problems.add(
          "the file is %,d bytes; many application forms take at most %,d"
              .formatted(docx.length, PdfCheck.MAX_BYTES));
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      TextOrder.check(
          text(doc), expected.strings(), expected.mirroredPage(), "the document's text", problems);
      var core = doc.getProperties().getCoreProperties();
      if (blank(core.getTitle())) {
        problems.add("no document title in the properties");
      }
      if (blank(core.getCreator())) {
        problems.add("no author in the properties");
      }
    } catch (IOException
        | POIXMLException
        | OpenXML4JRuntimeException
        | UnsupportedFileFormatException
        | EmptyFileException e) {
      problems.add("not a readable Word document: " + e.getMessage());
    }
    return new CheckReport(file, 0, 0, docx.length, problems);
  }

  /** The document's text: each paragraph on a line, those of a table cell by cell, in order. */
  static String text(XWPFDocument doc) {
    List<String> lines = new ArrayList<>();
    doc.getBodyElements().forEach(e -> lines(e, lines));
    return String.join("\n", lines);
  }

  private static void lines(IBodyElement e, List<String> lines) {
    if (e instanceof XWPFParagraph p) {
      lines.add(p.getText());
    } else if (e instanceof XWPFTable t) {
      for (XWPFTableRow row : t.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          cell.getBodyElements().forEach(c -> lines(c, lines));
        }
      }
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
