package dev.vitae.pipeline;

/**
 * The one-page résumé runs to more pages even at the tightest density: the input is too long, and
 * writing it would send a résumé that is not one page, or one the read-back check rejects.
 */
public final class DoesNotFit extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int pages;

  DoesNotFit(String file, int pages) {
    super(describe(file, pages));
    this.file = file;
    this.pages = pages;
  }

  public String file() {
    return file;
  }

  public int pages() {
    return pages;
  }

  /** The message, with the file named as the caller shows it (e.g. under the output folder). */
  public static String describe(String file, int pages) {
    return "%s would run to %d pages even at the tightest density; a résumé must fit on one".formatted(file, pages);
  }

  /** What the user does about it. */
  public String hint() {
    return "shorten the longest values, or build a variant with maxJobs, maxBullets or maxSkills "
        + "('vitae variants' shows what each keeps)";
  }
}
