package dev.vitae.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Wraps each run of characters the text face lacks in a {@code <span>} set in the fallback font
 * that has them, because Flying Saucer draws a whole run in its first font. Reports what no font
 * has.
 */
final class FallbackRuns {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private final FontCoverage coverage;
  private final Set<Integer> missing = new LinkedHashSet<>();
  private final Set<Integer> unshaped = new LinkedHashSet<>();

  private FallbackRuns(FontCoverage coverage) {
    this.coverage = coverage;
  }

  /**
   * Marks the fallback runs of the document's body in place; throws when a character has no font or
   * is in a script vitae cannot shape.
   */
  static void apply(Document doc, FontCoverage coverage) {
    FallbackRuns runs = new FallbackRuns(coverage);
    var bodies = doc.getElementsByTagNameNS(XHTML, "body");
    for (int i = 0; i < bodies.getLength(); i++) {
      runs.visit(bodies.item(i));
    }
    if (!runs.missing.isEmpty() || !runs.unshaped.isEmpty()) {
      throw new UncoveredText(new ArrayList<>(runs.missing), new ArrayList<>(runs.unshaped));
    }
  }

  private void visit(Node node) {
    List<Node> children = new ArrayList<>();
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      children.add(c);
    }
    for (Node child : children) {
      if (child instanceof Text text) {
        split(text);
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        visit(child);
      }
    }
  }

  private void split(Text text) {
    String s = text.getData();
    unshaped.addAll(FontCoverage.unshaped(s));
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int n = Character.charCount(c);
      Optional<String> family = coverage.inTextFace(c) ? Optional.empty() : coverage.fallbackFor(c);
      if (!coverage.inTextFace(c) && family.isEmpty()) {
        missing.add(c);
      }
      Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null
          && last.family().isPresent()
          && Character.isSpaceChar(c)
          && coverage.has(last.family().get(), c)) {
        // A space between words of one fallback run stays in it: a run split at every space loses
        // its line-break opportunities, and Flying Saucer then breaks inside a word.
        family = last.family();
      }
      if (last != null && last.family().equals(family)) {
        runs.set(runs.size() - 1, new Run(last.family(), last.start(), i + n));
      } else {
        runs.add(new Run(family, i, i + n));
      }
      i += n;
    }
    if (runs.size() <= 1 && (runs.isEmpty() || runs.get(0).family().isEmpty())) {
      return;
    }
    Node parent = text.getParentNode();
    Document doc = text.getOwnerDocument();
    for (Run run : runs) {
      Text part = doc.createTextNode(s.substring(run.start(), run.end()));
      if (run.family().isPresent()) {
        Element span = doc.createElementNS(XHTML, "span");
        span.setAttribute("style", "font-family: '" + run.family().get() + "'");
        span.appendChild(part);
        parent.insertBefore(span, text);
      } else {
        parent.insertBefore(part, text);
      }
    }
    parent.removeChild(text);
  }

  private record Run(Optional<String> family, int start, int end) {}
}
