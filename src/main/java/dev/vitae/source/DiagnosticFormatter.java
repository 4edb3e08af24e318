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
      out.append(sourceLineAndCaret(line, Math.max(1, p.column())));
    }
    if (!d.hint().isEmpty()) {
      out.append("  hint: ").append(d.hint()).append('\n');
    }
    return out.toString();
  }

  /**
   * The line (a long one cut around the column) and a caret under the column, which counts
   * characters; the caret is placed in terminal columns, so it lands under the character after
   * Chinese, Japanese or Korean text and emoji, which take two.
   */
  private static String sourceLineAndCaret(String line, int column) {
    int characters = line.codePointCount(0, line.length());
    int start = Math.min(column > MAX_SHOWN_LINE ? column - MAX_SHOWN_LINE / 2 : 0, characters);
    String shown = line.substring(line.offsetByCodePoints(0, start));
    int shownCharacters = characters - start;
    if (shownCharacters > MAX_SHOWN_LINE) {
      shown = shown.substring(0, shown.offsetByCodePoints(0, MAX_SHOWN_LINE)) + "…";
      shownCharacters = MAX_SHOWN_LINE + 1;
    }
    int before = Math.max(0, column - 1 - start);
    int inside = Math.min(before, shownCharacters);
    String printed = printable(shown);
    int indent =
        Columns.width(printed.substring(0, printed.offsetByCodePoints(0, inside)))
            + (before - inside);
    return "    " + printed + "\n    " + " ".repeat(indent) + "^\n";
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
