package dev.vitae.render.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import dev.vitae.model.Direction;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Prepares right-to-left text for a layout engine that knows none. Before layout, so that every
 * width is measured on the glyphs that will be drawn:
 *
 * <ul>
 *   <li>Arabic letters become their joined forms (initial, medial, final, lam-alef), as OpenPDF
 *       draws one glyph per character and does no shaping of its own;
 *   <li>each element whose text starts with a right-to-left letter gets {@code dir="rtl"} (HTML's
 *       {@code dir="auto"} rule), which sets the base direction of its lines for {@link
 *       VisualOrderDevice} and lets a template's CSS align it.
 * </ul>
 */
final class RightToLeft {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private final ArabicShaping shaping =
      new ArabicShaping(
          ArabicShaping.LETTERS_SHAPE
              | ArabicShaping.TEXT_DIRECTION_LOGICAL
              | ArabicShaping.LENGTH_GROW_SHRINK);

  private final boolean rightToLeftPage;
  private boolean shaped;

  private RightToLeft(boolean rightToLeftPage) {
    this.rightToLeftPage = rightToLeftPage;
  }

  /** Whether any text in the document's body is written right to left. */
  static boolean present(Document doc) {
    var bodies = doc.getElementsByTagNameNS(XHTML, "body");
    for (int i = 0; i < bodies.getLength(); i++) {
      if (hasRightToLeft(bodies.item(i).getTextContent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Shapes Arabic and marks right-to-left elements, in place; true when Arabic was shaped. On a
   * page that starts on the right, an element whose text starts with a left-to-right letter is
   * marked {@code dir="ltr"}, so that an English line there reads left to right.
   */
  static boolean prepare(Document doc, boolean rightToLeftPage) {
    RightToLeft pass = new RightToLeft(rightToLeftPage);
    var bodies = doc.getElementsByTagNameNS(XHTML, "body");
    for (int i = 0; i < bodies.getLength(); i++) {
      pass.visit((Element) bodies.item(i));
    }
    return pass.shaped;
  }

  private void visit(Element element) {
    boolean ownText = false;
    List<Node> children = new ArrayList<>();
    for (Node c = element.getFirstChild(); c != null; c = c.getNextSibling()) {
      children.add(c);
    }
    for (Node child : children) {
      if (child instanceof Text text) {
        ownText |= !text.getData().isBlank();
        if (hasArabic(text.getData())) {
          text.setData(shape(text.getData()));
          shaped = true;
        }
      } else if (child instanceof Element e) {
        visit(e);
      }
    }
    if (ownText && !element.hasAttribute("dir")) {
      // Namespace-aware, as the parser made the other attributes: CSS selectors see only those.
      // HTML's rule for dir="auto": the first letter with a strong direction decides.
      byte base = Bidi.getBaseDirection(element.getTextContent());
      if (base == Bidi.RTL) {
        element.setAttributeNS(null, "dir", "rtl");
      } else if (rightToLeftPage && base == Bidi.LTR) {
        element.setAttributeNS(null, "dir", "ltr");
      }
    }
  }

  private String shape(String s) {
    String shaped;
    try {
      shaped = shaping.shape(s);
    } catch (ArabicShapingException e) {
      throw new IllegalStateException("Arabic shaping failed on valid text", e);
    }
    // Vowel signs come back as spacing forms (U+FE70–U+FE7F), drawn beside their letter rather
    // than over it: they go back to the combining marks, which VisualOrderDevice places.
    StringBuilder out = new StringBuilder(shaped.length());
    for (int i = 0; i < shaped.length(); i++) {
      char c = shaped.charAt(i);
      if (c >= '\uFE70' && c <= '\uFE7F' && Character.isDefined(c)) {
        out.append(
            Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC)
                .replaceAll("[ \u0640]", ""));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean hasRightToLeft(String s) {
    return Direction.anyRightToLeft(s);
  }

  private static boolean hasArabic(String s) {
    return s.codePoints()
        .anyMatch(
            c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
  }
}
