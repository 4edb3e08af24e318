package dev.vitae.pipeline;

import dev.vitae.check.Expectation;
import dev.vitae.check.ReadAs;
import dev.vitae.check.ReadBack;
import dev.vitae.fit.FitReport;
import dev.vitae.fit.FitResult;
import dev.vitae.fit.Fitted;
import dev.vitae.fit.OnePageFitter;
import dev.vitae.fit.Overflow;
import dev.vitae.model.DocumentKind;
import dev.vitae.model.FitMode;
import dev.vitae.preview.PngPages;
import dev.vitae.view.ResumeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one-page résumé PDF in the profile's theme, fitted to one page by leaving out what matters
 * least when it must (the fit report says what), with PNG pictures of its page when asked for. Read
 * back, it must show every string of the fitted view, in order.
 */
final class ResumePdf implements Output {

  @Override
  public DocumentKind kind() {
    return DocumentKind.RESUME;
  }

  @Override
  public String stage() {
    return "resume.pdf";
  }

  @Override
  public Rendered render(Job job) {
    Made made = job.resumePdf();
    List<Document> documents = new ArrayList<>(List.of(made.pdf()));
    if (job.options().previewDpi() > 0) {
      documents.addAll(previews(made.pdf(), job));
    }
    boolean users = job.usersTemplate(Vitae.themeTemplate(job.profile().variant().theme()));
    return new Rendered(
        documents, Optional.of(readBack(made.view(), users)), Optional.of(made.report()));
  }

  /**
   * How the PDF of a fitted view is read back: every string of it, in order; from a user's own
   * template the fields a parser recovers are reported, not required.
   */
  static ReadBack readBack(ResumeView fitted, boolean usersTemplate) {
    Expectation expected = SourceText.of(fitted);
    return new ReadBack(ReadAs.PDF, usersTemplate ? expected.fieldsReported() : expected);
  }

  /**
   * The PDF and how it was fitted.
   *
   * @param view what the page shows: the view less what was dropped, at the chosen density
   */
  record Made(Document pdf, FitReport report, ResumeView view) {}

  /**
   * Fits {@code view} on one page with {@code template} and writes the PDF as {@code fileName}.
   *
   * @throws DoesNotFit when strict fitting was asked for (by the build or the variant's {@code
   *     fit:}) and the résumé overflows, or when what may not be left out is already more than a
   *     page
   */
  static Made make(ResumeView view, Job job, String template, String fileName) {
    long t0 = System.nanoTime();
    BuildOptions options = job.options();
    FitMode mode = job.profile().variant().fit() == FitMode.STRICT ? FitMode.STRICT : options.fit();
    WrittenResumes.Key key =
        new WrittenResumes.Key(fileName, template, mode, view, options.time(), options.archival());
    Optional<String> verifiedKey = Optional.empty();
    if (options.fits().remembers()) {
      Optional<Made> earlier = job.written().recall(key);
      if (earlier.isPresent()) {
        Document pdf = earlier.get().pdf();
        return new Made(
            new Document(
                pdf.fileName(),
                pdf.kind(),
                pdf.bytes(),
                pdf.pages(),
                Job.ms(System.nanoTime() - t0)),
            earlier.get().report(),
            earlier.get().view());
      }
      verifiedKey = Optional.of(Verified.key(key));
      Optional<Made> kept =
          options
              .verified()
              .resume(verifiedKey.get(), view, fileName, Job.ms(System.nanoTime() - t0));
      if (kept.isPresent()) {
        job.written().remember(key, kept.get());
        return kept.get();
      }
    }
    FitResult result =
        new OnePageFitter(v -> job.render(template, v), x -> job.pdf().layout(x, template))
            .fit(view, mode, options.fits());
    if (!(result instanceof Fitted fitted)) {
      throw new DoesNotFit((Overflow) result, job.profile().name());
    }
    byte[] bytes = job.write(fitted.layout(), fitted.xhtml());
    Document pdf =
        new Document(
            fileName, "resume.pdf", bytes, fitted.layout().pages(), Job.ms(System.nanoTime() - t0));
    Made made = new Made(pdf, fitted.report(), fitted.view());
    if (options.fits().remembers()) {
      job.written().remember(key, made);
      verifiedKey.ifPresent(k -> options.verified().made(k, made));
    }
    return made;
  }

  /** PNG pictures of the PDF's pages beside it: {@code X-1.png}, {@code X-2.png}, … */
  private static List<Document> previews(Document pdf, Job job) {
    long t0 = System.nanoTime();
    List<byte[]> pages = PngPages.render(pdf.bytes(), job.options().previewDpi());
    long each = Job.ms(System.nanoTime() - t0) / Math.max(1, pages.size());
    String base = pdf.fileName().substring(0, pdf.fileName().length() - ".pdf".length());
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      out.add(new Document(base + "-" + (i + 1) + ".png", "preview.png", pages.get(i), 0, each));
    }
    return out;
  }
}
