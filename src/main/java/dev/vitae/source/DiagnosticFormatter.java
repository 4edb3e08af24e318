package dev.vitae.source;

import java.util.Comparator;
import java.util.List;

/**
 * Writes diagnostics the way compilers do:
 *
 * <pre>
 * resume.yaml:14:7: error: unknown key 'postion' in work[0]
 *     postion: Software Developer
 *     ^
 *   hint: did you mean 'position'?
 * </pre>
 */
public final class DiagnosticFormatter {

  private static final int MAX_SHOWN_LINE = 120;

  private DiagnosticFormatter() {}

  /** All diagnostics, in source order, followed by a count line. */
  public static String format(SourceFile source, List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.stream()
        .sorted(Comparator.comparing(Diagnostic::position))
        .forEach(d -> out.append(format(source, d)));
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    if (errors > 0) {
      out.append(count(errors, "error"));
      if (warnings > 0) {
        out.append(", ").append(count(warnings, "warning"));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** One diagnostic with its source line, caret and hint. */
  public static String format(SourceFile source, Diagnostic d) {
    Position p = d.position();
    StringBuilder out = new StringBuilder();
    out.append(source.name())
        .append(':')
        .append(p.line())
        .append(':')
        .append(p.column())
        .append(": ")
        .append(d.severity().label())
        .append(": ")
        .append(d.message())
        .append('\n');
    String line = source.line(p.line());
    if (!line.isBlank()) {
      int column = Math.max(1, p.column());
      int start = column > MAX_SHOWN_LINE ? column - MAX_SHOWN_LINE / 2 : 0;
      String shown = line.substring(Math.min(start, line.length()));
      if (shown.length() > MAX_SHOWN_LINE) {
        shown = shown.substring(0, MAX_SHOWN_LINE) + "…";
      }
      out.append("    ").append(printable(shown)).append('\n');
      out.append("    ").append(" ".repeat(Math.max(0, column - 1 - start))).append("^\n");
    }
    if (!d.hint().isEmpty()) {
      out.append("  hint: ").append(d.hint()).append('\n');
    }
    return out.toString();
  }

  private static String printable(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    line.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return sb.toString();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
