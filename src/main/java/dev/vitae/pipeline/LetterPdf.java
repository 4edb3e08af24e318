package dev.vitae.pipeline;

import dev.vitae.check.Expectation;
import dev.vitae.fit.FittedLetter;
import dev.vitae.fit.LetterFitResult;
import dev.vitae.fit.LetterFitter;
import dev.vitae.fit.Overflow;
import dev.vitae.model.DocumentKind;
import dev.vitae.model.Theme;
import dev.vitae.view.LetterView;
import dev.vitae.view.ViewText;
import java.util.List;
import java.util.Optional;

/**
 * The cover letter as a one-page PDF in the profile's theme, with the résumé's header: fitted by
 * density alone (no paragraph is ever left out; a letter too long for the tightest density stops
 * the build, saying by how much). Read back, it must show every string of the letter, in order.
 * Made only when the build is given a letter.
 */
final class LetterPdf implements Output {

  /** The document's word in its file name: {@code Tushar-Cover-Letter.pdf}. */
  static final String FILE_DOCUMENT = "Cover-Letter";

  @Override
  public DocumentKind kind() {
    return DocumentKind.LETTER;
  }

  @Override
  public String stage() {
    return "letter.pdf";
  }

  @Override
  public Rendered render(Job job) {
    Optional<Made> made = job.letterPdf();
    if (made.isEmpty()) {
      return Rendered.files(List.of());
    }
    LetterView v = made.get().fitted();
    return Rendered.pdf(
        List.of(made.get().pdf()),
        new Expectation(1, ViewText.of(v), v.info().direction().rightToLeft()));
  }

  /**
   * The PDF, and the view at the density it was set in.
   *
   * @param fitted the letter's view at the density chosen
   */
  record Made(Document pdf, LetterView fitted) {}

  /**
   * Fits the letter on one page and writes it.
   *
   * @throws DoesNotFit when it is longer than a page at the tightest density
   */
  static Made make(Job job, LetterView view) {
    long t0 = System.nanoTime();
    String template = template(job);
    LetterFitResult result =
        LetterFitter.fit(view, v -> job.render(template, v), x -> job.pdf().layout(x, template));
    if (!(result instanceof FittedLetter fitted)) {
      throw new DoesNotFit((Overflow) result, job.profile().name());
    }
    byte[] bytes = job.write(fitted.layout(), fitted.xhtml());
    Document pdf =
        new Document(
            job.fileName(FILE_DOCUMENT, "pdf"),
            "letter.pdf",
            bytes,
            fitted.layout().pages(),
            Job.ms(System.nanoTime() - t0));
    return new Made(pdf, fitted.view());
  }

  /**
   * The letter template of the profile's theme; a theme of the user's own without a {@code
   * letter-NAME.ftlx} gets the default theme's letter.
   */
  private static String template(Job job) {
    Theme theme = job.profile().variant().theme();
    String own = (theme == null ? Theme.MODERN : theme).letterTemplate();
    return job.hasTemplate(own) ? own : Theme.MODERN.letterTemplate();
  }
}
