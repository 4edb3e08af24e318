package dev.vitae.rendercv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * RenderCV's values are Markdown ({@code **bold**}, {@code [name](https://…)}); vitae's are plain
 * text. Parsed by commonmark-java with block syntax off, so a value stays one paragraph; raw HTML
 * is left out, never interpreted.
 */
final class InlineMarkdown {

  private static final Parser INLINE = Parser.builder().enabledBlockTypes(Set.of()).build();

  /**
   * A value read.
   *
   * @param text its words without Markdown
   * @param link the address of its first link, if it has one
   */
  record Read(String text, Optional<String> link) {}

  private InlineMarkdown() {}

  static Read of(String markdown) {
    StringBuilder text = new StringBuilder();
    List<String> links = new ArrayList<>();
    INLINE
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text t) {
                text.append(t.getLiteral());
              }

              @Override
              public void visit(Code c) {
                text.append(c.getLiteral());
              }

              @Override
              public void visit(SoftLineBreak b) {
                text.append(' ');
              }

              @Override
              public void visit(HardLineBreak b) {
                text.append(' ');
              }

              @Override
              public void visit(HtmlInline h) {}

              @Override
              public void visit(Link l) {
                links.add(l.getDestination());
                visitChildren(l);
              }
            });
    return new Read(text.toString().replaceAll("\\s+", " ").strip(), links.stream().findFirst());
  }
}
