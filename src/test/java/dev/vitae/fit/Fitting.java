package dev.vitae.fit;

import dev.vitae.PdfReadback;
import dev.vitae.model.FitMode;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.BaseDocuments;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.pipeline.Document;
import dev.vitae.view.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Builds résumés through the whole pipeline and reads the PDF back, line by line with type sizes.
 */
final class Fitting {

  static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");
  private static final ThreadLocal<BaseDocuments> VITAE =
      ThreadLocal.withInitial(() -> BaseDocuments.create());

  private Fitting() {}

  static BaseDocuments.Built build(Resume resume, FitMode mode) {
    return VITAE
        .get()
        .resume(resume, new BuildOptions(Paper.LETTER, TIME, mode), "Ada-Example-Resume");
  }

  static byte[] pdf(BaseDocuments.Built built) {
    return built.documents().stream()
        .filter(d -> d.kind().equals("resume.pdf"))
        .map(Document::bytes)
        .findFirst()
        .orElseThrow();
  }

  /**
   * A line of the PDF as read back.
   *
   * @param y distance of its baseline from the top of the page, in points
   * @param smallestPt the smallest type size on the line, in points
   */
  record PdfLine(String text, float y, float smallestPt, float pageHeight) {}

  static List<PdfLine> lines(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      float height = doc.getPage(0).getMediaBox().getHeight();
      List<PdfLine> out = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions)
                throws IOException {
              float smallest = Float.MAX_VALUE;
              float y = 0;
              for (TextPosition p : positions) {
                if (!p.getUnicode().isBlank()) {
                  smallest = Math.min(smallest, p.getFontSizeInPt());
                  y = Math.max(y, p.getYDirAdj());
                }
              }
              out.add(new PdfLine(text, y, smallest, height));
              super.writeString(text, positions);
            }
          };
      stripper.setSortByPosition(true);
      stripper.getText(doc);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String flatText(byte[] pdf) {
    return PdfReadback.of(pdf).text().replaceAll("\\s+", " ");
  }
}
