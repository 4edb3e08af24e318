package dev.vitae.pipeline;

import dev.vitae.model.DocumentKind;
import dev.vitae.model.Resume;
import dev.vitae.model.Theme;
import dev.vitae.render.Templates;
import dev.vitae.render.pdf.LaidOut;
import dev.vitae.render.pdf.PdfEngine;
import dev.vitae.render.pdf.PdfStamp;
import dev.vitae.tailor.Profile;
import dev.vitae.view.DossierView;
import dev.vitae.view.DossierViews;
import dev.vitae.view.LetterView;
import dev.vitae.view.LetterViews;
import dev.vitae.view.ResumeView;
import java.util.Optional;
import java.util.Set;

/**
 * One profile being built: what each {@link Output} renders from. Its views are made once, when an
 * output first asks; it serves one thread. It holds the résumé as loaded (file names use its name)
 * and as the profile tailored it.
 */
public final class Job {

  private final Resume source;
  private final Resume tailored;
  private final Profile profile;
  private final BuildOptions options;
  private final Templates templates;
  private final PdfEngine pdf;
  private final Set<DocumentKind> asked;
  private final WrittenResumes written;
  private Optional<ResumeView> resumeView = Optional.empty();
  private Optional<DossierView> dossierView = Optional.empty();
  private Optional<LetterView> letterView = Optional.empty();
  private Optional<ResumePdf.Made> resumePdf = Optional.empty();
  private Optional<LetterPdf.Made> letterPdf = Optional.empty();

  /**
   * A job whose build makes the documents {@code asked} for, on an engine that has written the
   * résumés {@code written}.
   */
  Job(
      Resume source,
      Resume tailored,
      Profile profile,
      BuildOptions options,
      Templates templates,
      PdfEngine pdf,
      Set<DocumentKind> asked,
      WrittenResumes written) {
    this.asked = Set.copyOf(asked);
    this.written = written;
    this.source = source;
    this.tailored = tailored;
    this.profile = profile;
    this.options = options;
    this.templates = templates;
    this.pdf = pdf;
  }

  public Resume tailored() {
    return tailored;
  }

  /** The documents the build makes for this profile, so that an output can link to another. */
  public Set<DocumentKind> asked() {
    return asked;
  }

  public Profile profile() {
    return profile;
  }

  public BuildOptions options() {
    return options;
  }

  /** The résumés the engine has written, for a build with a fit memory to take again. */
  WrittenResumes written() {
    return written;
  }

  /** The layout engine, for outputs that make PDFs. */
  public PdfEngine pdf() {
    return pdf;
  }

  /** Writes a layout as PDF bytes, stamped with the build's date and the XHTML it was made from. */
  byte[] write(LaidOut laidOut, String xhtml) {
    return laidOut.write(new PdfStamp(options.time(), xhtml, options.archival()));
  }

  /** Runs a template (the user's folder first) on a view. */
  public String render(String template, Object view) {
    return templates.render(template, view);
  }

  /** The résumé's view as the profile's variant asks: its sections, order and emphasis. */
  public ResumeView resumeView() {
    if (resumeView.isEmpty()) {
      resumeView = Optional.of(Vitae.resumeView(tailored, profile.variant(), options.paper()));
    }
    return resumeView.get();
  }

  /** The dossier's view. */
  public DossierView dossierView() {
    if (dossierView.isEmpty()) {
      dossierView =
          Optional.of(
              DossierViews.of(
                  tailored,
                  options.paper(),
                  java.util.Objects.requireNonNullElse(profile.variant().theme(), Theme.MODERN),
                  options.picture()));
    }
    return dossierView.get();
  }

  /**
   * The cover letter's view, when the build was given a letter: the tailored résumé's header, the
   * letter in the résumé's language.
   */
  public Optional<LetterView> letterView() {
    if (letterView.isEmpty() && options.letter().isPresent()) {
      CoverLetter c = options.letter().get();
      letterView =
          Optional.of(
              LetterViews.of(
                  tailored,
                  c.letter(),
                  c.company(),
                  c.role(),
                  c.date(),
                  c.enclosures(),
                  options.paper()));
    }
    return letterView;
  }

  /**
   * The résumé fitted on one page and written as PDF, made once for every output that needs it: the
   * Word copy says what the PDF says.
   */
  ResumePdf.Made resumePdf() {
    if (resumePdf.isEmpty()) {
      resumePdf =
          Optional.of(
              ResumePdf.make(
                  resumeView(),
                  this,
                  Vitae.themeTemplate(profile.variant().theme()),
                  fileName("Resume", "pdf")));
    }
    return resumePdf.get();
  }

  /** The cover letter fitted on one page and written as PDF, made once; empty without a letter. */
  Optional<LetterPdf.Made> letterPdf() {
    if (letterPdf.isEmpty()) {
      letterPdf = letterView().map(v -> LetterPdf.make(this, v));
    }
    return letterPdf;
  }

  /** Whether the template of this name is the user's own, from their folder. */
  boolean usersTemplate(String name) {
    return templates.isUsers(name);
  }

  /** Whether a template of this name exists, in the user's folder or shipped. */
  public boolean hasTemplate(String name) {
    return templates.exists(name);
  }

  /**
   * The file of a document, in the profile's folder: {@code backend/Tushar-Resume-backend.pdf}.
   *
   * @param document the document's word in the name: {@code Resume}, {@code Dossier}, …
   */
  public String fileName(String document, String extension) {
    return (profile.isBase() ? "" : profile.name() + "/")
        + Vitae.fileBase(source, profile, document)
        + "."
        + extension;
  }

  static long ms(long nanos) {
    return Math.round(nanos / 1e6);
  }
}
