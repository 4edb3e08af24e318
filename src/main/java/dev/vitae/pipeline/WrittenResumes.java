package dev.vitae.pipeline;

import dev.vitae.model.FitMode;
import dev.vitae.view.ResumeView;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The résumé PDFs an engine has written, by everything a PDF is made from besides the engine's own
 * templates and fonts: the same view, template, fit mode, file name, date and archival flag are
 * written as the same bytes (the golden tests hold vitae to that), so a server or {@code watch}
 * that builds an unchanged résumé again takes the bytes instead of laying the page out again. Only
 * for builds with a fit memory, which the pipeline gives only where the templates and fonts cannot
 * change while the process runs. Safe for the threads of a build.
 */
final class WrittenResumes {

  record Key(
      String fileName,
      String template,
      FitMode mode,
      ResumeView view,
      Instant time,
      boolean archival) {}

  private static final int CAPACITY = 16;

  private final Map<Key, ResumePdf.Made> made = new ConcurrentHashMap<>();

  Optional<ResumePdf.Made> recall(Key key) {
    return Optional.ofNullable(made.get(key));
  }

  void remember(Key key, ResumePdf.Made pdf) {
    if (made.size() >= CAPACITY) {
      made.clear();
    }
    made.put(key, pdf);
  }
}
