package dev.vitae.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vitae.StreamText;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Text is set with the fonts' kerning (their GPOS pairs): written as {@code TJ} arrays of the same
 * characters, measured by the layout as it is drawn.
 */
class KerningTest {

  static byte[] pdf(String body) {
    String xhtml =
        """
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
        <style type="text/css">@page { size: 200pt 400pt; margin: 10pt; }
        body { font-family: 'Source Sans 3'; font-size: 20pt; margin: 0; } p { margin: 0; }</style></head>
        <body>%s</body></html>
        """
            .formatted(body);
    return TextLayerTest.ENGINE.layout(xhtml).write(new PdfStamp(Instant.EPOCH, ""));
  }

  /** The numbers of the page's {@code TJ} arrays: each a kerning between two letters. */
  static List<Float> adjustments(byte[] pdf) throws IOException {
    List<Float> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Object> tokens = new PDFStreamParser(doc.getPage(0)).parse();
      for (int i = 1; i < tokens.size(); i++) {
        if (tokens.get(i) instanceof Operator op
            && op.getName().equals("TJ")
            && tokens.get(i - 1) instanceof COSArray array) {
          for (int k = 0; k < array.size(); k++) {
            if (array.getObject(k) instanceof COSNumber n) {
              out.add(n.floatValue());
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void kernedPairsAreWrittenAsTjAdjustmentsAndReadBackAsWritten() throws IOException {
    byte[] pdf = pdf("<p>Tushar To AVATAR</p><p><strong>Tuesday</strong></p>");
    // Source Sans 3 kerns T–u, T–o, A–V, V–A, A–T, T–A: each closes the pair (a positive number)
    assertThat(adjustments(pdf)).hasSizeGreaterThanOrEqualTo(7).allMatch(n -> n > 0);
    assertThat(StreamText.of(pdf).flat()).isEqualTo("Tushar To AVATAR Tuesday");
  }

  @Test
  void textWithoutKernedPairsIsWrittenAsBefore() throws IOException {
    assertThat(adjustments(pdf("<p>min</p>"))).isEmpty();
  }

  /**
   * The layout measures a text with its kerning: right-aligned, it ends at the right edge (without
   * the kerning in the measure it ended short by the pairs' sum, about 4 pt here).
   */
  @Test
  void aRightAlignedKernedTextEndsAtTheRightEdge() throws IOException {
    byte[] pdf = pdf("<p style=\"text-align: right\">AVATAR WAVY</p>");
    List<TextPosition> glyphs = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
              glyphs.add(t);
            }
          };
      stripper.getText(doc);
    }
    TextPosition last = glyphs.get(glyphs.size() - 1);
    assertThat(last.getUnicode()).isEqualTo("Y");
    assertThat(last.getXDirAdj() + last.getWidthDirAdj()).isCloseTo(190f, within(0.1f));
  }
}
