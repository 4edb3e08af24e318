package dev.vitae.pipeline;

import dev.vitae.model.FitMode;
import dev.vitae.view.Paper;
import java.time.Instant;

/**
 * How to build.
 *
 * @param time the date written into PDFs (SOURCE_DATE_EPOCH, else the input's modification time)
 * @param fit what to do when the résumé overflows one page at the tightest readable density
 * @param previewDpi resolution of the PNG page previews written beside each PDF; 0 for none
 * @param archival write PDFs as PDF/A-1b
 */
public record BuildOptions(
    Paper paper, Instant time, FitMode fit, int previewDpi, boolean archival) {

  /** The default preview resolution of {@code vitae build --png}. */
  public static final int PREVIEW_DPI = 100;

  /** Options that drop content to fit one page, without previews, plain PDF. */
  public BuildOptions(Paper paper, Instant time) {
    this(paper, time, FitMode.DROP, 0, false);
  }

  /** Without previews, plain PDF. */
  public BuildOptions(Paper paper, Instant time, FitMode fit) {
    this(paper, time, fit, 0, false);
  }
}
