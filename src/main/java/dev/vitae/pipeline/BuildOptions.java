package dev.vitae.pipeline;

import dev.vitae.view.Paper;
import java.time.Instant;

/**
 * How to build.
 *
 * @param time the date written into PDFs (SOURCE_DATE_EPOCH, else the input's modification time)
 * @param archival write PDFs as PDF/A-1b
 */
public record BuildOptions(Paper paper, Instant time, boolean archival) {

  /** Plain PDFs. */
  public BuildOptions(Paper paper, Instant time) {
    this(paper, time, false);
  }
}
