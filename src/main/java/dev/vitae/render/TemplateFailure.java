package dev.vitae.render;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A template could not run: a bug in a template, reported with its name and line. */
public final class TemplateFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TemplateFailure(String template, String message, @Nullable Throwable cause) {
    super("template " + template + ": " + message, cause);
  }

  /** A failure the template's own XHTML leads to, such as an image vitae does not draw. */
  public TemplateFailure(String template, String message) {
    super("template " + template + ": " + message);
  }

  /** The message it was made with; never null. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }
}
