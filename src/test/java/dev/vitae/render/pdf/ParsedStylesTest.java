package dev.vitae.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An engine parses a style sheet once for all its layouts of the same text (a one-page fit lays a
 * résumé out about five times), and a changed text is parsed anew and takes effect.
 */
class ParsedStylesTest {

  private static final PdfStamp STAMP = new PdfStamp(Instant.EPOCH, "styles");

  private static String page(String css) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title><style>"
        + css
        + "</style></head><body>"
        + "<p>a paragraph of a few words</p>".repeat(40)
        + "</body></html>";
  }

  @Test
  void twoLayoutsOfTheSameXhtmlParseItsStyleSheetsOnce() {
    PdfEngine engine = new PdfEngine(FontSet.shipped());
    String xhtml = page("p { font-size: 9pt; margin: 0 }");
    engine.layout(xhtml);
    // Flying Saucer's own sheet for XHTML and the document's <style>
    assertThat(engine.styleSheetsParsed()).isEqualTo(2);
    engine.layout(xhtml);
    engine.layout(xhtml);
    assertThat(engine.styleSheetsParsed()).isEqualTo(2);
  }

  @Test
  void aChangedStyleSheetIsParsedAndTakesEffect() {
    PdfEngine engine = new PdfEngine(FontSet.shipped());
    assertThat(engine.layout(page("p { font-size: 9pt; margin: 0 }")).pages()).isEqualTo(1);
    assertThat(engine.layout(page("p { font-size: 40pt; margin: 0 }")).pages()).isGreaterThan(1);
    assertThat(engine.styleSheetsParsed()).isEqualTo(3);
    assertThat(engine.layout(page("p { font-size: 9pt; margin: 0 }")).pages()).isEqualTo(1);
  }

  @Test
  void aLayoutWrittenAfterAnotherLayoutIsWrittenAsIfAlone() {
    String small = page("p { font-size: 9pt; margin: 0; color: #336 }");
    byte[] alone = new PdfEngine(FontSet.shipped()).layout(small).write(STAMP);
    PdfEngine engine = new PdfEngine(FontSet.shipped());
    LaidOut first = engine.layout(small);
    engine.layout(page("p { font-size: 40pt; color: #933 }"));
    assertThat(first.write(STAMP)).isEqualTo(alone);
  }
}
