package dev.vitae.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** One pass over a PDF's content streams gives what separate readings of it give. */
class PdfTextItemsTest {

  @Test
  void theOnePassReadingMatchesPdfBoxsStripperAndTheItemsAlone() throws Exception {
    Path out = Files.createTempDirectory("vitae-items");
    List<AtsBuilds.Built> built = AtsBuilds.build(Samples.SAMPLE, out, "--only", "resume");
    assertThat(built).isNotEmpty();
    for (AtsBuilds.Built pdf : built) {
      try (PDDocument doc = Loader.loadPDF(pdf.pdf())) {
        PDFTextStripper plain = new PDFTextStripper();
        plain.setSortByPosition(false);
        String expected = plain.getText(doc);

        PdfTextItems.Reading reading = PdfTextItems.read(doc, PdfTextItems.Depth.ITEMS);
        PdfTextItems.Reading text = PdfTextItems.read(doc, PdfTextItems.Depth.TEXT);

        assertThat(reading.text()).as(pdf.file()).isEqualTo(expected);
        assertThat(reading.raw().replaceAll("\\s", ""))
            .as(pdf.file())
            .isEqualTo(expected.replaceAll("\\s", ""));
        assertThat(reading.items()).as(pdf.file()).isEqualTo(PdfTextItems.of(doc));
        assertThat(reading.items()).as(pdf.file()).isNotEmpty();
        assertThat(text)
            .as(pdf.file())
            .isEqualTo(new PdfTextItems.Reading(reading.text(), reading.raw(), List.of()));
      }
    }
  }

  @Test
  void textDrawnTwiceOverItselfIsReadTwiceAsPdfJsAndTikaReadIt() throws Exception {
    byte[] fakeBold =
        PdfCheckTest.pdfbox(
            (font, s) -> {
              s.newLineAtOffset(72, 700);
              s.showText("Tushar");
              s.newLineAtOffset(0.3f, 0);
              s.showText("Tushar");
            });
    try (PDDocument doc = Loader.loadPDF(fakeBold)) {
      PdfTextItems.Reading reading = PdfTextItems.read(doc, PdfTextItems.Depth.ITEMS);

      assertThat(reading.text().strip()).isEqualTo("TusharTushar");
      assertThat(reading.raw()).isEqualTo("TusharTushar");
      assertThat(reading.items()).extracting(TextItem::text).containsExactly("Tushar", "Tushar");
    }
    PdfJs.assumeInstalled();
    assertThat(PdfJs.items(fakeBold))
        .extracting(TextItem::text)
        .filteredOn(t -> !t.isBlank())
        .containsExactly("Tushar", "Tushar");
  }
}
