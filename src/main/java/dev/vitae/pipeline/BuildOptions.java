package dev.vitae.pipeline;

import dev.vitae.fit.FitMemory;
import dev.vitae.model.FitMode;
import dev.vitae.view.Paper;
import dev.vitae.view.Picture;
import java.time.Instant;
import java.util.Optional;

/**
 * How to build.
 *
 * @param time the date written into PDFs (SOURCE_DATE_EPOCH, else the input's modification time)
 * @param fit what to do when the résumé overflows one page at the tightest readable density
 * @param previewDpi resolution of the PNG page previews written beside each PDF; 0 for none
 * @param archival write PDFs as PDF/A-1b
 * @param letter the cover letter to build beside each résumé; empty for none
 * @param fits the answers of earlier fits of this process to reuse for the same page ({@code vitae
 *     serve}); {@link FitMemory#none()} where the layout depends on files that can change (a user's
 *     templates or fonts)
 * @param picture the person's picture, when {@code basics.image} is a file of the project
 * @param verified what the last builds into the output folder made and read back, to take again;
 *     {@link Verified#none()} where {@code fits} is none
 */
public record BuildOptions(
    Paper paper,
    Instant time,
    FitMode fit,
    int previewDpi,
    boolean archival,
    Optional<CoverLetter> letter,
    FitMemory fits,
    Optional<Picture> picture,
    Verified verified) {

  /** The default preview resolution of {@code vitae build --png}. */
  public static final int PREVIEW_DPI = 100;

  /** Without a cover letter. */
  public BuildOptions(Paper paper, Instant time, FitMode fit, int previewDpi, boolean archival) {
    this(
        paper,
        time,
        fit,
        previewDpi,
        archival,
        Optional.empty(),
        FitMemory.none(),
        Optional.empty(),
        Verified.none());
  }

  /** Options that drop content to fit one page, without previews, plain PDF. */
  public BuildOptions(Paper paper, Instant time) {
    this(paper, time, FitMode.DROP, 0, false);
  }

  /** Without previews, plain PDF. */
  public BuildOptions(Paper paper, Instant time, FitMode fit) {
    this(paper, time, fit, 0, false);
  }

  /** These options with a cover letter. */
  public BuildOptions withLetter(CoverLetter coverLetter) {
    return new BuildOptions(
        paper, time, fit, previewDpi, archival, Optional.of(coverLetter), fits, picture, verified);
  }

  /**
   * These options with another fit memory ({@link FitMemory#none()}: fit from scratch, and take
   * nothing an earlier build made).
   */
  public BuildOptions withFits(FitMemory memory) {
    return new BuildOptions(
        paper,
        time,
        fit,
        previewDpi,
        archival,
        letter,
        memory,
        picture,
        memory.remembers() ? verified : Verified.none());
  }
}
