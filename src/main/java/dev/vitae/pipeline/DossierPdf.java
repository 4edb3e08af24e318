package dev.vitae.pipeline;

import dev.vitae.model.DocumentKind;
import dev.vitae.render.pdf.LaidOut;
import dev.vitae.view.DossierView;
import java.util.List;

/**
 * The long-form dossier as a PDF: never fitted or shortened, laid out once as long as its content
 * needs. Read back, it must show its headings in order.
 */
final class DossierPdf implements Output {

  @Override
  public DocumentKind kind() {
    return DocumentKind.DOSSIER;
  }

  @Override
  public String stage() {
    return "dossier";
  }

  @Override
  public Rendered render(Job job) {
    Made made = make(job, job.fileName("Dossier", "pdf"));
    return Rendered.pdf(List.of(made.pdf()), SourceText.of(job.dossierView()));
  }

  /** The PDF, and the XHTML it was laid out from. */
  record Made(Document pdf, String xhtml) {}

  static Made make(Job job, String fileName) {
    long t0 = System.nanoTime();
    DossierView view = job.dossierView();
    String xhtml = job.render("dossier.ftlx", view);
    LaidOut laidOut = job.pdf().layout(xhtml, "dossier.ftlx");
    byte[] bytes = job.write(laidOut, xhtml);
    Document pdf =
        new Document(
            fileName, "dossier.pdf", bytes, laidOut.pages(), Job.ms(System.nanoTime() - t0));
    return new Made(pdf, xhtml);
  }
}
