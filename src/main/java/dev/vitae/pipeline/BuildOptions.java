package dev.vitae.pipeline;

import dev.vitae.fit.FitMode;
import dev.vitae.view.Paper;
import java.time.Instant;

/**
 * How to build.
 *
 * @param time the date written into PDFs (SOURCE_DATE_EPOCH, else the input's modification time)
 * @param fit what to do when the résumé overflows one page at the tightest readable density
 */
public record BuildOptions(Paper paper, Instant time, FitMode fit) {

  /** Options that drop content to fit one page. */
  public BuildOptions(Paper paper, Instant time) {
    this(paper, time, FitMode.DROP);
  }
}
