package dev.vitae.pipeline;

import dev.vitae.fit.Overflow;

/** The résumé cannot be put on one page as asked; nothing was rendered. */
public final class DoesNotFit extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Overflow overflow;
  private final String variant;

  public DoesNotFit(Overflow overflow) {
    this(overflow, "");
  }

  /**
   * @param variant the variant that does not fit, or empty for the base résumé
   */
  public DoesNotFit(Overflow overflow, String variant) {
    super(overflow.message(), null, false, false);
    this.overflow = overflow;
    this.variant = variant;
  }

  public String variant() {
    return variant;
  }

  public Overflow overflow() {
    return overflow;
  }
}
