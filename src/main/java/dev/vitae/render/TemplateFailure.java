package dev.vitae.render;

/** A template could not run: a bug in a template, reported with its name and line. */
public final class TemplateFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TemplateFailure(String template, String message, Throwable cause) {
    super("template " + template + ": " + message, cause);
  }
}
