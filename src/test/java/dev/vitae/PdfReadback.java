package dev.vitae;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;

/** What an applicant-tracking system sees in a PDF: its text, fonts, links and metadata. */
public record PdfReadback(
    int pages,
    String text,
    List<String> fonts,
    List<Boolean> fontsEmbedded,
    List<String> links,
    String title,
    String author,
    String subject,
    String keywords,
    String language) {

  public static PdfReadback of(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(doc);
      List<String> fonts = new ArrayList<>();
      List<Boolean> embedded = new ArrayList<>();
      List<String> links = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName());
          embedded.add(font.isEmbedded());
        }
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            links.add(uri.getURI());
          }
        }
      }
      var info = doc.getDocumentInformation();
      return new PdfReadback(
          doc.getNumberOfPages(),
          text,
          fonts,
          embedded,
          links,
          info.getTitle(),
          info.getAuthor(),
          info.getSubject(),
          info.getKeywords(),
          doc.getDocumentCatalog().getLanguage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text's lines, trimmed, without blank ones. */
  public List<String> lines() {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
