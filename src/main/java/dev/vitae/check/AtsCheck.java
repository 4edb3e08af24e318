package dev.vitae.check;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The structural read-back: what a résumé parser recovers from a PDF, field by field. */
public final class AtsCheck {

  private AtsCheck() {}

  /** The résumé as a parser reads it from the PDF's text items (PDFBox). */
  public static AtsResume read(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return read(doc);
    }
  }

  static AtsResume read(PDDocument doc) throws IOException {
    return AtsReader.read(ItemLines.of(PdfTextItems.of(doc)));
  }

  /** The résumé as a parser reads it from text items another reader made (pdf.js). */
  public static AtsResume read(List<TextItem> items) {
    return AtsReader.read(ItemLines.of(items));
  }

  /** Each expected field beside what was read for it. */
  public static List<FieldCheck> compare(List<ExpectedField> expected, AtsResume read) {
    return expected.stream()
        .map(
            f -> {
              String found = f.found(read);
              return new FieldCheck(f.name(), f.text(), found, f.ok(found));
            })
        .toList();
  }
}
