package dev.vitae.render.docx;

import dev.vitae.view.LetterView;
import java.time.Instant;

/**
 * The cover letter as a Word document, from the view its PDF was made from: the résumé's header
 * (the name as Heading 1), then the date, the recipient's lines, the subject, greeting, paragraphs,
 * closing, name and enclosures, each a paragraph of its own.
 */
public final class LetterDocx {

  private LetterDocx() {}

  /**
   * The cover letter as a Word document (.docx).
   *
   * @param time the build's date, in the properties and the ZIP entries
   */
  public static byte[] of(LetterView v, DocxLook look, Instant time) {
    Docx d = new Docx(v.info(), v.density(), v.paper(), look, time);
    d.text(Docx.HEADING_1, v.name());
    d.text(Docx.LABEL, v.label());
    d.contacts(v.contacts());
    d.text(Docx.DATE, v.date());
    for (int i = 0; i < v.recipient().size(); i++) {
      d.text(i == v.recipient().size() - 1 ? Docx.BLOCK : "Normal", v.recipient().get(i));
    }
    if (!v.regarding().isEmpty()) {
      Docx.run(d.paragraph(Docx.BLOCK), v.regarding(), true);
    }
    d.text(Docx.BLOCK, v.greeting());
    v.paragraphs().forEach(p -> d.text(Docx.BLOCK, p));
    d.text(Docx.BLOCK, v.closing());
    Docx.run(d.paragraph(Docx.BLOCK), v.signature(), true);
    d.text("Normal", v.enclosures());
    return d.bytes();
  }
}
