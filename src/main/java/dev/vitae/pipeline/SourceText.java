package dev.vitae.pipeline;

import dev.vitae.check.Expectation;
import dev.vitae.check.ResumeFields;
import dev.vitae.fit.FitReport;
import dev.vitae.model.Resume;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import dev.vitae.view.DossierText;
import dev.vitae.view.DossierView;
import dev.vitae.view.DossierViews;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ViewText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each PDF, Word copy and web page a build writes must hold, by its path inside {@code out/}
 * ({@code backend/Ada-Resume-backend.pdf}, {@code backend/Ada-Resume-backend.docx}), for checking
 * files already written. A résumé that had to drop content to fit is expected without what its
 * build's manifest says was dropped, when that manifest names this very source (its SHA-256);
 * otherwise in full.
 */
public final class SourceText {

  private SourceText() {}

  /**
   * The expectations of every PDF and Word copy of {@code plan}.
   *
   * @param dropped the refs the fit left out of each résumé PDF, by its path inside {@code out/}
   */
  public static Map<String, Expectation> expectations(
      Resume resume, Plan plan, Map<String, List<String>> dropped) {
    Map<String, Expectation> out = new HashMap<>();
    for (Profile p : plan.profiles()) {
      Resume tailored = Tailor.apply(resume, p);
      String folder = p.isBase() ? "" : p.name() + "/";
      String resumePdf = folder + Vitae.fileBase(resume, p, "Resume") + ".pdf";
      ResumeView view = Vitae.resumeView(tailored, p.variant(), Paper.LETTER);
      ResumeView fitted = FitReport.without(view, dropped.getOrDefault(resumePdf, List.of()));
      out.put(resumePdf, of(fitted));
      // the Word copy is made from the fitted view of the PDF: what its fit left out, it leaves out
      out.put(
          folder + Vitae.fileBase(resume, p, "Resume") + ".docx", wordCopy(ViewText.of(fitted)));
      DossierView dossier = DossierViews.of(tailored, Paper.LETTER);
      out.put(folder + Vitae.fileBase(resume, p, "Dossier") + ".pdf", of(dossier));
      out.put(
          folder + Vitae.fileBase(resume, p, "Dossier") + ".docx",
          wordCopy(DossierText.strings(dossier)));
      // the web pages hold everything the variant keeps: a page has no length to fit
      out.put(
          folder + Vitae.fileBase(resume, p, "Resume") + ".html",
          webPage(ViewText.of(view.withHeadingsAsWritten())));
      out.put(
          folder + Vitae.fileBase(resume, p, WebPages.PORTFOLIO_DOCUMENT) + ".html",
          webPage(DossierText.strings(dossier)));
    }
    return Map.copyOf(out);
  }

  /** The folder of a build that holds {@code pdf}: the nearest one above it with a manifest. */
  public static Optional<Path> outFolder(Path pdf) {
    for (Path dir = pdf.toAbsolutePath().normalize().getParent();
        dir != null;
        dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /**
   * What the manifest in {@code out} says the fit left out of each résumé PDF, for the files made
   * from the source of this SHA-256 only.
   */
  public static Map<String, List<String>> dropped(Path out, String sourceDigest) {
    Map<String, List<String>> dropped = new HashMap<>();
    for (Manifest.Entry e : Manifest.read(out)) {
      Manifest.Fit fit = e.fit();
      if (fit != null && fit.refs() != null && sourceDigest.equals(e.source())) {
        dropped.put(e.file(), fit.refs());
      }
    }
    return Map.copyOf(dropped);
  }

  /** The one-page résumé: every string of its view, in order, and every field a parser reads. */
  static Expectation of(ResumeView view) {
    return new Expectation(
        1, ViewText.ofPage(view), view.info().direction().rightToLeft(), ResumeFields.of(view));
  }

  /**
   * A Word copy: every string of the view it was made from, in order. Its paragraphs are in reading
   * order whatever the direction (the word processor lays a right-to-left one out), and it has no
   * pages of its own.
   */
  static Expectation wordCopy(List<String> strings) {
    return new Expectation(0, strings, false);
  }

  /**
   * A web page: every string of the view it was made from, in order; its text is in reading order
   * whatever the direction (the browser lays a right-to-left one out).
   */
  static Expectation webPage(List<String> strings) {
    return new Expectation(0, strings, false);
  }

  /** The dossier: its headings, in order, on any number of pages. */
  static Expectation of(DossierView view) {
    return new Expectation(0, DossierText.headings(view), view.info().direction().rightToLeft());
  }
}
