package dev.vitae.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vitae.render.Limits;
import dev.vitae.render.TemplateFailure;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A layout that runs too long, or XHTML that is not XML, ends as an error naming the template. */
class LayoutLimitsTest {

  private static String page(String body) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>"
        + body
        + "</body></html>";
  }

  @Test
  void aLayoutPastItsTimeLimitStopsAsATemplateError() {
    PdfEngine engine =
        new PdfEngine(FontSet.shipped(), Optional.empty(), new Limits(Duration.ofMillis(50), 1));
    String huge = page("<p>many words in a paragraph of its own</p>".repeat(20_000));
    long start = System.nanoTime();
    assertThatThrownBy(() -> engine.layout(huge, "resume-big.ftlx"))
        .isInstanceOf(TemplateFailure.class)
        .hasMessage(
            "template resume-big.ftlx: its XHTML took more than 0.05 s to lay out (far more content"
                + " than a résumé or dossier has?)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    // the same engine lays out the next document as usual
    PdfEngine roomy = new PdfEngine(FontSet.shipped());
    assertThat(roomy.layout(page("<p>fine</p>"), "x.ftlx").pages()).isEqualTo(1);
  }

  @Test
  void xhtmlThatIsNotWellFormedIsATemplateErrorNamingTheTemplate() {
    PdfEngine engine = new PdfEngine(FontSet.shipped());
    assertThatThrownBy(() -> engine.layout(page("<p>open"), "resume-mine.ftlx"))
        .isInstanceOf(TemplateFailure.class)
        .hasMessageStartingWith("template resume-mine.ftlx: wrote XHTML that is not well-formed: ");
  }
}
