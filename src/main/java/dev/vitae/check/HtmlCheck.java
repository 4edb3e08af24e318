package dev.vitae.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Checks a web page's bytes against an expectation, as {@link PdfCheck} checks a PDF: its text read
 * with jsoup in document order (as a crawler, or an applicant-tracking system given a link, reads a
 * page), every source string in order ({@link TextOrder}); a title and a language; the person as
 * schema.org {@code Person} JSON-LD that parses; and nothing the page would fetch from another host
 * (a script, style sheet, image, font or frame by address), since the page is one file that must
 * look the same offline and tell no one it was opened.
 */
public final class HtmlCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A CSS {@code url(…)} or {@code @import}, and what it names. */
  private static final Pattern CSS_URL =
      Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]*)");

  private static final List<String> FETCHING =
      List.of("img", "script", "iframe", "frame", "embed", "object", "video", "audio", "source");

  private HtmlCheck() {}

  public static CheckReport check(String file, byte[] html, Expectation expected) {
    List<String> problems = new ArrayList<>();
    Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    TextOrder.check(
        text(doc.body()), expected.strings(), expected.mirroredPage(), "the page's text", problems);
    if (doc.title().isBlank()) {
      problems.add("no <title>");
    }
    if (doc.selectFirst("html[lang]") == null) {
      problems.add("no language on <html lang>");
    }
    person(doc, problems);
    fetches(doc)
        .forEach(
            f ->
                problems.add(
                    "fetches "
                        + f
                        + ": a page of one file asks no host and names no file beside it"));
    return new CheckReport(file, 0, 0, html.length, problems);
  }

  /** The page's text: each block on a line of its own, in document order. */
  static String text(Element root) {
    StringBuilder out = new StringBuilder();
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText());
            } else if (node instanceof Element e && e.isBlock()) {
              out.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
              out.append('\n');
            }
          }
        });
    return out.toString();
  }

  private static void person(Document doc, List<String> problems) {
    Element script = doc.selectFirst("script[type=application/ld+json]");
    if (script == null) {
      problems.add("no schema.org Person in JSON-LD");
      return;
    }
    try {
      JsonNode person = JSON.readTree(script.data());
      if (!"Person".equals(person.path("@type").asText())
          || person.path("name").asText().isBlank()) {
        problems.add("the JSON-LD is not a schema.org Person with a name");
      }
    } catch (JsonProcessingException e) {
      problems.add("the JSON-LD does not parse: " + e.getOriginalMessage());
    }
  }

  /** What the page would fetch from another host, as "img https://…". */
  static List<String> fetches(Document doc) {
    List<String> out = new ArrayList<>();
    for (String tag : FETCHING) {
      for (Element e : doc.getElementsByTag(tag)) {
        for (String attribute : List.of("src", "data", "poster", "srcset")) {
          if (e.hasAttr(attribute) && remote(e.attr(attribute))) {
            out.add(tag + " " + e.attr(attribute));
          }
        }
      }
    }
    for (Element link : doc.select("link[href]")) {
      if (remote(link.attr("href"))) {
        out.add("link " + link.attr("href"));
      }
    }
    List<String> css = new ArrayList<>();
    doc.getElementsByTag("style").forEach(s -> css.add(s.data()));
    doc.select("[style]").forEach(e -> css.add(e.attr("style")));
    for (String sheet : css) {
      Matcher m = CSS_URL.matcher(sheet);
      while (m.find()) {
        if (remote(m.group(1))) {
          out.add("a style sheet's " + m.group(1));
        }
      }
    }
    return out;
  }

  /** Whether fetching this address leaves the page: anything but {@code data:} and a fragment. */
  private static boolean remote(String address) {
    String a = address.strip().toLowerCase(Locale.ROOT);
    return !a.isEmpty() && !a.startsWith("data:") && !a.startsWith("#");
  }
}
