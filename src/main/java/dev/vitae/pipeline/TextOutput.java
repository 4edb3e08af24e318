package dev.vitae.pipeline;

import dev.vitae.model.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * A document as plain text or Markdown, from its template {@code NAME.txt.ftl} or {@code
 * NAME.md.ftl}: no pages, so nothing is fitted or left out.
 *
 * @param document {@code resume} or {@code dossier}: the template's name, and the file's kind
 * @param extension {@code txt} or {@code md}
 * @param fileDocument the document's word in the file name ({@code Resume}, {@code Dossier})
 * @param view the view the template is given
 */
record TextOutput(
    String document,
    String extension,
    String fileDocument,
    String stage,
    Function<Job, Object> view)
    implements Output {

  static final TextOutput RESUME_TEXT = resume("txt");
  static final TextOutput RESUME_MARKDOWN = resume("md");
  static final TextOutput DOSSIER_TEXT = dossier("txt");
  static final TextOutput DOSSIER_MARKDOWN = dossier("md");

  private static TextOutput resume(String extension) {
    return new TextOutput("resume", extension, "Resume", "text", Job::resumeView);
  }

  private static TextOutput dossier(String extension) {
    return new TextOutput("dossier", extension, "Dossier", "dossier", Job::dossierView);
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.TEXT;
  }

  @Override
  public Rendered render(Job job) {
    return Rendered.files(List.of(document(job, job.fileName(fileDocument, extension))));
  }

  /** The file, named {@code fileName}. */
  Document document(Job job, String fileName) {
    long t0 = System.nanoTime();
    String text = job.render(document + "." + extension + ".ftl", view.apply(job));
    byte[] bytes = (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
    return new Document(
        fileName, document + "." + extension, bytes, 0, Job.ms(System.nanoTime() - t0));
  }
}
