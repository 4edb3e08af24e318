package dev.vitae.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A page that starts on the right ({@code <html dir="rtl">}) has its table columns counted from the
 * right, as CSS's {@code direction: rtl} lays them out. Flying Saucer lays every row out from the
 * left, so before layout the cells of each row are put in reverse order. The templates mirror the
 * rest (alignment, padding, borders) through the start and end sides of their view.
 */
final class MirroredRows {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private MirroredRows() {}

  /** Whether the document's root says its page starts on the right. */
  static boolean rightToLeftPage(Document doc) {
    return doc.getDocumentElement().getAttribute("dir").equals("rtl");
  }

  /** Reverses the cells of every table row, in place. */
  static void apply(Document doc) {
    NodeList rows = doc.getElementsByTagNameNS(XHTML, "tr");
    for (int i = 0; i < rows.getLength(); i++) {
      Element row = (Element) rows.item(i);
      List<Node> cells = new ArrayList<>();
      for (Node c = row.getFirstChild(); c != null; c = c.getNextSibling()) {
        cells.add(c);
      }
      for (Node cell : cells.reversed()) {
        row.appendChild(cell);
      }
    }
  }
}
