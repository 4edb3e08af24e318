package dev.vitae.pipeline;

import dev.vitae.fit.Overflow;

/** The résumé cannot be put on one page as asked; nothing was rendered. */
public final class DoesNotFit extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Overflow overflow;

  public DoesNotFit(Overflow overflow) {
    super(overflow.message(), null, false, false);
    this.overflow = overflow;
  }

  public Overflow overflow() {
    return overflow;
  }
}
