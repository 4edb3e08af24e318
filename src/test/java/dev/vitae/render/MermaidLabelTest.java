package dev.vitae.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A step's words inside a Mermaid box of the dossier's Markdown: nothing in them ends the label or
 * becomes markup when GitHub draws the diagram.
 */
class MermaidLabelTest {

  @Test
  void quotesMarkupAndLineBreaksAreWrittenAsMermaidEntityCodes() {
    assertThat(Markdown.mermaidLabel("say \"hi\" <b>bold</b> & #1 `x`\nnext"))
        .isEqualTo("say #34;hi#34; #60;b#62;bold#60;/b#62; #38; #35;1 #96;x#96; next");
  }

  @Test
  void plainWordsStayAsWritten() {
    assertThat(Markdown.mermaidLabel("Redis — fast path, 70% (cache hit)"))
        .isEqualTo("Redis — fast path, 70% (cache hit)");
  }
}
