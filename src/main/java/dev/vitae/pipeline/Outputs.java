package dev.vitae.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The outputs a build renders, in the order their files are listed (in the terminal and the
 * manifest).
 */
public record Outputs(List<Output> all) {

  /**
   * Everything vitae writes: the résumé's PDF, text and Markdown, then the dossier's, then the
   * cover letter's (when the build is given a letter), then the Word copies, then the web pages.
   */
  public static final Outputs SHIPPED =
      new Outputs(
          List.of(
              new ResumePdf(),
              TextOutput.RESUME_TEXT,
              TextOutput.RESUME_MARKDOWN,
              new DossierPdf(),
              TextOutput.DOSSIER_TEXT,
              TextOutput.DOSSIER_MARKDOWN,
              new LetterPdf(),
              LetterText.TEXT,
              LetterText.MARKDOWN,
              WordCopy.RESUME,
              WordCopy.DOSSIER,
              WordCopy.LETTER,
              WebPages.RESUME,
              WebPages.PORTFOLIO));

  public Outputs {
    all = List.copyOf(all);
  }

  /** These outputs and one more, after them. */
  public Outputs with(Output more) {
    List<Output> out = new ArrayList<>(all);
    out.add(more);
    return new Outputs(out);
  }
}
