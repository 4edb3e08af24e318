package dev.vitae.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** A field of the résumé's text that a parser read as a section's heading. */
  public record Misread(ExpectedField field, String heading) {}

  /**
   * The fields read as section headings, each once with the first line so read: a heading the
   * résumé does not have, whose text is part of a field's (a title in capitals wrapped, a line of
   * it alone).
   */
  static List<Misread> readAsHeadings(List<ExpectedField> expected, AtsResume read) {
    List<String> headings =
        expected.stream()
            .filter(f -> f.kind() == ExpectedField.Kind.HEADING)
            .map(f -> ReadText.squash(f.text()).toLowerCase(Locale.ROOT))
            .toList();
    List<Misread> out = new ArrayList<>();
    for (AtsResume.Section s : read.sections()) {
      String heading = ReadText.squash(s.heading());
      if (heading.isEmpty() || headings.contains(heading.toLowerCase(Locale.ROOT))) {
        continue;
      }
      expected.stream()
          .filter(f -> f.kind() != ExpectedField.Kind.HEADING)
          .filter(f -> ReadText.squash(f.text()).contains(heading))
          .filter(f -> out.stream().noneMatch(m -> m.field().equals(f)))
          .findFirst()
          .ifPresent(f -> out.add(new Misread(f, s.heading())));
    }
    return List.copyOf(out);
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
