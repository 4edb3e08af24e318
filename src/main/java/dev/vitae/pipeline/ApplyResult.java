package dev.vitae.pipeline;

import dev.vitae.apply.BundleRecord;
import dev.vitae.apply.VariantChoice;
import java.nio.file.Path;
import java.util.List;

/** What {@code vitae apply FILE} did: a bundle committed, or nothing and why. */
public sealed interface ApplyResult {

  /**
   * The bundle is in {@code folder}, whole.
   *
   * @param findings what would stop this draft from going out, at its file, line and column
   * @param warnings what else is worth saying: what the résumé left out to fit one page, a document
   *     asked for that this vitae does not make
   * @param revision whether a frozen bundle of the same application stood there already, so that
   *     this is a new revision beside it
   */
  record Built(
      Path folder,
      BundleRecord record,
      VariantChoice choice,
      List<Problem> findings,
      List<String> warnings,
      boolean revision)
      implements ApplyResult {
    public Built {
      findings = List.copyOf(findings);
      warnings = List.copyOf(warnings);
    }
  }

  /** Nothing was written. */
  record Failed(List<Problem> problems) implements ApplyResult {
    public Failed {
      problems = List.copyOf(problems);
    }
  }
}
