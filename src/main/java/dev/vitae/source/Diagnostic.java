package dev.vitae.source;

/**
 * One problem in the input.
 *
 * @param hint how to fix it, or empty
 */
public record Diagnostic(Severity severity, Position position, String message, String hint) {

  public static Diagnostic error(Position position, String message, String hint) {
    return new Diagnostic(Severity.ERROR, position, message, hint);
  }

  public static Diagnostic warning(Position position, String message, String hint) {
    return new Diagnostic(Severity.WARNING, position, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
