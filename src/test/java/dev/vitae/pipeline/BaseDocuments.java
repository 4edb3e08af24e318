package dev.vitae.pipeline;

import dev.vitae.fit.FitReport;
import dev.vitae.model.Resume;
import dev.vitae.render.Limits;
import dev.vitae.render.Templates;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.render.pdf.PdfEngine;
import dev.vitae.tailor.Profile;
import dev.vitae.view.DossierView;
import dev.vitae.view.Emphasis;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ResumeViews;
import java.util.List;
import java.util.Optional;

/**
 * The base résumé or dossier of a {@code Resume} made straight through its outputs, without a plan,
 * a read-back or a commit: for tests and benchmarks that look at one document's bytes, XHTML and
 * view. A build goes through {@link Pipeline}.
 */
public final class BaseDocuments {

  private final Templates templates;
  private final PdfEngine pdf;

  private BaseDocuments(Templates templates, PdfEngine pdf) {
    this.templates = templates;
    this.pdf = pdf;
  }

  /** With the shipped templates and fonts. */
  public static BaseDocuments create() {
    return new BaseDocuments(
        Templates.create(Optional.empty()),
        new PdfEngine(FontSet.shipped(), Optional.empty(), Limits.DEFAULT));
  }

  /** The documents of one build, with the fit report and the XHTML the résumé PDF was made from. */
  public record Built(
      List<Document> documents, FitReport fit, String resumeXhtml, ResumeView fittedView) {}

  /** The dossier's documents, with the XHTML its PDF was made from. */
  public record DossierBuilt(List<Document> documents, String xhtml, DossierView view) {}

  /**
   * The one-page résumé of the untailored résumé: PDF, plain text and Markdown, named {@code
   * baseName}.
   *
   * @throws DoesNotFit as a build does
   */
  public Built resume(Resume resume, BuildOptions options, String baseName) {
    Job job = job(resume, options);
    ResumeView view =
        ResumeViews.of(resume, ResumeViews.DEFAULT_ORDER, Emphasis.NONE, options.paper());
    ResumePdf.Made made = ResumePdf.make(view, job, Vitae.themeTemplate(null), baseName + ".pdf");
    List<Document> docs =
        List.of(
            made.pdf(),
            TextOutput.RESUME_TEXT.document(job, baseName + ".txt"),
            TextOutput.RESUME_MARKDOWN.document(job, baseName + ".md"));
    // the XHTML laid out: the template on the fitted view
    String xhtml = job.render(Vitae.themeTemplate(null), made.view());
    return new Built(docs, made.report(), xhtml, made.view());
  }

  /** The long-form dossier: PDF, plain text and Markdown, named {@code baseName}. */
  public DossierBuilt dossier(Resume resume, BuildOptions options, String baseName) {
    Job job = job(resume, options);
    DossierPdf.Made made = DossierPdf.make(job, baseName + ".pdf");
    List<Document> docs =
        List.of(
            made.pdf(),
            TextOutput.DOSSIER_TEXT.document(job, baseName + ".txt"),
            TextOutput.DOSSIER_MARKDOWN.document(job, baseName + ".md"));
    return new DossierBuilt(docs, made.xhtml(), job.dossierView());
  }

  private Job job(Resume resume, BuildOptions options) {
    return new Job(
        resume,
        resume,
        Profile.of("", null, Profile.Flags.NONE),
        options,
        templates,
        pdf,
        java.util.EnumSet.allOf(dev.vitae.model.DocumentKind.class),
        new WrittenResumes());
  }
}
