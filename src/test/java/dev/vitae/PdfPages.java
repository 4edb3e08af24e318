package dev.vitae;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A long PDF read back page by page: each page's text lines (running header and footer set apart),
 * its size, and the bookmarks with the pages they open.
 *
 * @param lines every page's text lines, trimmed, without blank ones (index 0 is page 1)
 * @param headers the running header line of each page, or empty (the cover has none)
 * @param footers the footer line of each page ("page 2 of 13"), or empty
 * @param bookmarks the outline's top-level items
 * @param internalLinks for every page, the pages its links inside the document open, in order
 * @param stream every page's text in content-stream order (as an ATS reads it), one line
 */
public record PdfPages(
    List<List<String>> lines,
    List<String> headers,
    List<String> footers,
    List<PDRectangle> sizes,
    List<Bookmark> bookmarks,
    List<List<Integer>> internalLinks,
    List<String> stream) {

  private static final Pattern FOOTER = Pattern.compile("page \\d+ of \\d+");

  /** A PDF bookmark: its title, the page it opens (1-based) and its children. */
  public record Bookmark(String title, int page, List<Bookmark> children) {}

  /**
   * Reads a PDF whose running header, on every page but the first, is a line starting with {@code
   * headerStart}.
   */
  public static PdfPages of(byte[] pdf, String headerStart) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<List<String>> lines = new ArrayList<>();
      List<String> headers = new ArrayList<>();
      List<String> footers = new ArrayList<>();
      List<PDRectangle> sizes = new ArrayList<>();
      List<List<Integer>> internalLinks = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        List<String> page =
            new ArrayList<>(
                stripper
                    .getText(doc)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList());
        String header = "";
        String footer = "";
        if (p > 1 && !page.isEmpty() && page.get(0).startsWith(headerStart)) {
          header = page.remove(0);
        }
        if (!page.isEmpty() && FOOTER.matcher(page.get(page.size() - 1)).matches()) {
          footer = page.remove(page.size() - 1);
        }
        lines.add(List.copyOf(page));
        headers.add(header);
        footers.add(footer);
        sizes.add(doc.getPage(p - 1).getMediaBox());
        internalLinks.add(internalLinks(doc, doc.getPage(p - 1)));
      }
      var outline = doc.getDocumentCatalog().getDocumentOutline();
      List<Bookmark> bookmarks = outline == null ? List.of() : bookmarks(doc, outline);
      return new PdfPages(
          List.copyOf(lines),
          List.copyOf(headers),
          List.copyOf(footers),
          List.copyOf(sizes),
          bookmarks,
          List.copyOf(internalLinks),
          StreamText.of(pdf).pages().stream().map(t -> t.replaceAll("\\s+", " ").strip()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Integer> internalLinks(PDDocument doc, PDPage page) throws IOException {
    List<Integer> out = new ArrayList<>();
    for (PDAnnotation a : page.getAnnotations()) {
      if (!(a instanceof PDAnnotationLink link)) {
        continue;
      }
      PDDestination dest = link.getDestination();
      if (dest == null && link.getAction() instanceof PDActionGoTo goTo) {
        dest = goTo.getDestination();
      }
      if (dest instanceof PDNamedDestination named) {
        dest = doc.getDocumentCatalog().findNamedDestinationPage(named);
      }
      if (dest instanceof PDPageDestination target) {
        out.add(
            target.getPage() != null
                ? doc.getPages().indexOf(target.getPage()) + 1
                : target.getPageNumber() + 1);
      }
    }
    return List.copyOf(out);
  }

  private static List<Bookmark> bookmarks(PDDocument doc, PDOutlineNode node) throws IOException {
    List<Bookmark> out = new ArrayList<>();
    for (PDOutlineItem item : node.children()) {
      var page = item.findDestinationPage(doc);
      int number = page == null ? 0 : doc.getPages().indexOf(page) + 1;
      out.add(new Bookmark(item.getTitle(), number, bookmarks(doc, item)));
    }
    return List.copyOf(out);
  }

  public int count() {
    return lines.size();
  }

  /** Page {@code n}'s text lines (1-based), without header and footer. */
  public List<String> page(int n) {
    return lines.get(n - 1);
  }

  /** The body text of every page, headers and footers left out, as one string. */
  public String body() {
    return String.join("\n", lines.stream().map(l -> String.join("\n", l)).toList());
  }

  /** The 1-based pages on which a line reads exactly {@code text}. */
  public List<Integer> pagesWithLine(String text) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        out.add(i + 1);
      }
    }
    return out;
  }
}
