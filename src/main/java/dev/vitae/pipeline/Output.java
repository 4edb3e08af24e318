package dev.vitae.pipeline;

import dev.vitae.model.DocumentKind;
import java.util.Set;

/**
 * One kind of file a build writes for each profile: the résumé PDF, the dossier PDF, the text and
 * Markdown copies of both. A new document is a new {@code Output} and its templates, listed in
 * {@link Outputs}; nothing else changes.
 */
public interface Output {

  /** The document choice ({@code --only}, a variant's {@code documents:}) that asks for it. */
  DocumentKind kind();

  /** Whether a build that asks for these documents makes it: when they hold its {@link #kind}. */
  default boolean wanted(Set<DocumentKind> asked) {
    return asked.contains(kind());
  }

  /** The stage its time is counted under in {@code vitae build --verbose}. */
  String stage();

  /**
   * Renders it for one profile. A PDF says in {@link Rendered#readBack()} what reading it back must
   * find; the build checks that before anything is written.
   *
   * @throws DoesNotFit when it must fit one page and cannot
   */
  Rendered render(Job job);
}
