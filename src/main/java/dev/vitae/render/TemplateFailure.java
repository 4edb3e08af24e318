package dev.vitae.render;

import java.util.Objects;

/** A template could not run: a bug in a template, reported with its name and line. */
public final class TemplateFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TemplateFailure(String template, String message, Throwable cause) {
    super("template " + template + ": " + message, cause);
  }

  /** The message it was made with; never null. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }
}
