package dev.vitae.check;

/**
 * What a written file must hold when read back, and how it is read: a PDF with PDFBox in
 * content-stream order ({@link PdfCheck}), a Word copy with POI paragraph by paragraph ({@link
 * DocxCheck}), a web page with jsoup element by element ({@link HtmlCheck}).
 */
public record ReadBack(ReadAs format, Expectation expected) {

  /** Reads {@code bytes} back as its format and checks them. */
  public CheckReport check(String file, byte[] bytes) {
    return switch (format) {
      case PDF -> PdfCheck.check(file, bytes, expected);
      case DOCX -> DocxCheck.check(file, bytes, expected);
      case HTML -> HtmlCheck.check(file, bytes, expected);
    };
  }
}
