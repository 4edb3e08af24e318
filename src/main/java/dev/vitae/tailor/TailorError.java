package dev.vitae.tailor;

import java.util.Objects;

/**
 * A variant, tag or override the résumé does not have; the message says which and how to fix it.
 */
public final class TailorError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String hint;

  public TailorError(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }

  /** The message it was made with; never null. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }
}
