package dev.vitae.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.StreamText;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the PDF engine writes into the text layer, whatever the template. */
class TextLayerTest {

  static final PdfEngine ENGINE = new PdfEngine(FontSet.shipped());

  static StreamText pdf(String body) {
    String xhtml =
        """
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
        <style type="text/css">@page { size: 200pt 400pt; margin: 10pt; }
        body { font-family: 'Source Sans 3'; font-size: 10pt; } p { margin: 0; }</style></head>
        <body>%s</body></html>
        """
            .formatted(body);
    return StreamText.of(ENGINE.layout(xhtml).write(new PdfStamp(Instant.EPOCH, "")));
  }

  @Test
  void aNoBreakSpaceReadsAsASpaceAndSoDoEveryOtherSpace() {
    StreamText text = pdf("<p>•&#160;&#160;one two</p><p>three four</p>");
    assertThat(String.join("", text.pages())).doesNotContain("\u00A0").contains("one two");
    assertThat(text.flat()).isEqualTo("• one two three four");
  }

  @Test
  void aHyphenatedWordMovesToTheNextLineWhole() {
    String words = "a real-time and logistics-side, 30-day, -based ".repeat(12);
    StreamText text = pdf("<p style=\"width: 90pt\">" + words + "</p>");
    assertThat(text.pages().get(0).lines())
        .hasSizeGreaterThan(10)
        .noneMatch(l -> l.strip().endsWith("-"));
    assertThat(text.flat()).isEqualTo(StreamText.flat(words));
  }

  @Test
  void emphasisInsideALineIsWrittenWhereItIsRead() {
    StreamText text =
        pdf("<p>Implemented <strong>Redis</strong>-based <span>caching</span> paths.</p>");
    assertThat(text.flat()).isEqualTo("Implemented Redis-based caching paths.");
  }
}
