package dev.vitae.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Inline Markdown in a value ({@code **bold**}, {@code *italic*}, {@code `code`}, {@code
 * [text](https://…)}), read by commonmark-java with every block syntax off, so a value stays one
 * paragraph ("1. not a list", "# not a heading"). What is not inline Markdown stays as written: raw
 * HTML is text, never interpreted; an HTML entity stays as written (none is decoded); a link to
 * anything but {@code https:}, {@code http:} or {@code mailto:} (the schemes vitae links anywhere)
 * is printed as its source, {@code [text](x)}, and is no link; an image is its source.
 */
final class MarkdownSpans {

  /** Thread-safe once built, as commonmark-java's parsers are. */
  private static final Parser INLINE =
      Parser.builder()
          .enabledBlockTypes(Set.of())
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private static final List<String> SCHEMES = List.of("https://", "http://", "mailto:");

  private MarkdownSpans() {}

  /** The runs of a value, in order, neighbours set alike joined into one. */
  static List<Span> of(String value) {
    if (!mayHoldMarkdown(value)) {
      return List.of(new Span(value, false));
    }
    // an ampersand is escaped before parsing, so that no entity is decoded; its escape is one
    // character longer, which the source of a link taken back (below) undoes
    String escaped = value.replace("&", "\\&");
    List<Span> out = new ArrayList<>();
    INLINE.parse(escaped).accept(new Runs(escaped, out));
    return joined(out);
  }

  /** Whether a value has a character that can start inline Markdown; most values have none. */
  private static boolean mayHoldMarkdown(String value) {
    for (int i = 0; i < value.length(); i++) {
      if ("*_`[\\<".indexOf(value.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Span> joined(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (s.text().isEmpty()) {
        continue;
      }
      int last = out.size() - 1;
      if (last >= 0 && sameLook(out.get(last), s)) {
        out.set(last, out.get(last).with(out.get(last).text() + s.text()));
      } else {
        out.add(s);
      }
    }
    return out.isEmpty() ? List.of(new Span("", false)) : List.copyOf(out);
  }

  private static boolean sameLook(Span a, Span b) {
    return a.strong() == b.strong()
        && a.em() == b.em()
        && a.code() == b.code()
        && java.util.Objects.equals(a.href(), b.href());
  }

  /** Walks the parsed value, each text node a run set as the nodes around it say. */
  private static final class Runs extends AbstractVisitor {
    private final String source;
    private final List<Span> out;
    private boolean strong;
    private boolean em;
    private @Nullable String href;

    Runs(String source, List<Span> out) {
      this.source = source;
      this.out = out;
    }

    private void add(String text, boolean code) {
      out.add(new Span(text, strong, em, code, href));
    }

    @Override
    public void visit(Text t) {
      add(t.getLiteral(), false);
    }

    @Override
    public void visit(Code c) {
      add(c.getLiteral(), true);
    }

    @Override
    public void visit(SoftLineBreak b) {
      add(" ", false);
    }

    @Override
    public void visit(HardLineBreak b) {
      add(" ", false);
    }

    @Override
    public void visit(HtmlInline h) {
      add(h.getLiteral().replace("\\&", "&"), false);
    }

    @Override
    public void visit(StrongEmphasis s) {
      boolean was = strong;
      strong = true;
      visitChildren(s);
      strong = was;
    }

    @Override
    public void visit(Emphasis e) {
      boolean was = em;
      em = true;
      visitChildren(e);
      em = was;
    }

    @Override
    public void visit(Link l) {
      String to = l.getDestination();
      boolean linkable =
          href == null && SCHEMES.stream().anyMatch(s -> to.toLowerCase(Locale.ROOT).startsWith(s));
      if (!linkable) {
        add(sourceOf(l), false);
        return;
      }
      href = to;
      visitChildren(l);
      href = null;
    }

    @Override
    public void visit(Image i) {
      add(sourceOf(i), false);
    }

    /** A node as it was written, its ampersands' escapes undone. */
    private String sourceOf(Node n) {
      StringBuilder b = new StringBuilder();
      n.getSourceSpans()
          .forEach(s -> b.append(source, s.getInputIndex(), s.getInputIndex() + s.getLength()));
      return b.toString().replace("\\&", "&");
    }
  }
}
