package dev.vitae.pipeline;

import dev.vitae.model.DocumentKind;
import dev.vitae.model.Theme;
import dev.vitae.render.docx.DocxLook;
import dev.vitae.render.docx.DossierDocx;
import dev.vitae.render.docx.LetterDocx;
import dev.vitae.render.docx.ResumeDocx;
import dev.vitae.view.DossierText;
import dev.vitae.view.DossierView;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ViewText;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A Word copy (.docx) of the résumé, of the dossier when the build makes the dossier too, or of the
 * cover letter when the build is given one: made from the same view as the PDF (the résumé's and
 * the letter's after fitting, so it keeps what the PDF keeps), in the profile's theme. Read back
 * with POI, it must hold every string of that view, in order.
 */
enum WordCopy implements Output {
  RESUME,
  DOSSIER,
  LETTER;

  @Override
  public DocumentKind kind() {
    return DocumentKind.DOCX;
  }

  @Override
  public boolean wanted(Set<DocumentKind> asked) {
    return asked.contains(DocumentKind.DOCX)
        && (this != DOSSIER || asked.contains(DocumentKind.DOSSIER));
  }

  @Override
  public String stage() {
    return "docx";
  }

  @Override
  public Rendered render(Job job) {
    long t0 = System.nanoTime();
    DocxLook look =
        DocxLook.of(Objects.requireNonNullElse(job.profile().variant().theme(), Theme.MODERN));
    if (this == RESUME) {
      ResumeView view = job.resumePdf().view();
      byte[] bytes = ResumeDocx.of(view, look, job.options().time());
      return Rendered.docx(
          List.of(document(job.fileName("Resume", "docx"), "resume.docx", bytes, t0)),
          SourceText.wordCopy(ViewText.of(view)));
    }
    if (this == DOSSIER) {
      DossierView view = job.dossierView();
      byte[] bytes = DossierDocx.of(view, look, job.options().time());
      return Rendered.docx(
          List.of(document(job.fileName("Dossier", "docx"), "dossier.docx", bytes, t0)),
          SourceText.wordCopy(DossierText.strings(view)));
    }
    return job.letterPdf()
        .map(
            made ->
                Rendered.docx(
                    List.of(
                        document(
                            job.fileName(LetterPdf.FILE_DOCUMENT, "docx"),
                            "letter.docx",
                            LetterDocx.of(made.fitted(), look, job.options().time()),
                            t0)),
                    SourceText.wordCopy(ViewText.of(made.fitted()))))
        .orElse(Rendered.files(List.of()));
  }

  private static Document document(String name, String kind, byte[] bytes, long t0) {
    return new Document(name, kind, bytes, 0, Job.ms(System.nanoTime() - t0));
  }
}
