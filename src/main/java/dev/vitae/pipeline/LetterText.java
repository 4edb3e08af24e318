package dev.vitae.pipeline;

import dev.vitae.model.DocumentKind;
import java.util.List;

/**
 * The cover letter as plain text (to paste into an application portal's text box) or Markdown, from
 * {@code letter.txt.ftl} and {@code letter.md.ftl}. Made only when the build is given a letter.
 */
record LetterText(TextOutput text) implements Output {

  static final LetterText TEXT = of("txt");
  static final LetterText MARKDOWN = of("md");

  private static LetterText of(String extension) {
    return new LetterText(
        new TextOutput(
            "letter",
            extension,
            LetterPdf.FILE_DOCUMENT,
            "letter",
            job -> job.letterView().orElseThrow()));
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.LETTER;
  }

  @Override
  public String stage() {
    return text.stage();
  }

  @Override
  public Rendered render(Job job) {
    return job.letterView().isEmpty()
        ? Rendered.files(List.of())
        : Rendered.files(
            List.of(text.document(job, job.fileName(LetterPdf.FILE_DOCUMENT, text.extension()))));
  }
}
