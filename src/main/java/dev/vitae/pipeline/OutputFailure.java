package dev.vitae.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The outputs could not be written for a reason of the machine, not of vitae: another build holds
 * the folder, {@code --out} names a file, the disk is full or read-only. Says which path and what
 * to do.
 */
public final class OutputFailure extends IOException {

  private static final long serialVersionUID = 1L;

  private final String hint;

  public OutputFailure(Path path, String what, String hint, @Nullable Throwable cause) {
    super(path + ": " + what, cause);
    this.hint = hint;
  }

  /** Which path and what is wrong with it; never null. */
  @Override
  public String getMessage() {
    return java.util.Objects.requireNonNull(super.getMessage());
  }

  /** What the user can do about it. */
  public String hint() {
    return hint;
  }
}
