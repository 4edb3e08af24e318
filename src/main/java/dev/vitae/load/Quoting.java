package dev.vitae.load;

import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * YAML syntax errors whose cause is a quote or a bracket, said as such. The YAML parser notices
 * them later, where it says "expected &lt;block end&gt;" or reaches the end of the file: a value
 * that goes on after its closing quote ({@code - "Mentored" two engineers}), an apostrophe inside
 * single quotes ({@code 'Women's Health'}), a quote or a {@code [} opened and never closed.
 */
final class Quoting {

  private Quoting() {}

  /** The error, explained at the quote or bracket that caused it; empty when it is not one. */
  static Optional<Diagnostic> explain(MarkedYAMLException e, List<String> lines) {
    String problem = String.valueOf(e.getProblem());
    String context = String.valueOf(e.getContext());
    Mark at = e.getProblemMark();
    Mark opened = e.getContextMark();
    if (context.contains("quoted scalar") && opened != null) {
      return Optional.of(neverClosed(opened));
    }
    if (context.contains("flow sequence") || context.contains("flow mapping")) {
      if (opened != null && (problem.contains("expected ','") || problem.contains("expected"))) {
        return Optional.of(bracketNeverClosed(opened, context.contains("sequence")));
      }
      return Optional.empty();
    }
    if (at == null || !problem.startsWith("expected <block end>") || at.getLine() >= lines.size()) {
      return Optional.empty();
    }
    String line = lines.get(at.getLine());
    String before = prefix(line, at.getColumn()).stripTrailing();
    if (before.isEmpty()) {
      return Optional.empty();
    }
    char quote = before.charAt(before.length() - 1);
    if (quote != '"' && quote != '\'') {
      return Optional.empty();
    }
    if (count(before, quote) % 2 == 1) {
      // this quote closes one opened on an earlier line
      return opener(lines, at.getLine(), quote).map(Quoting::neverClosed);
    }
    Position where = new Position(at.getLine() + 1, before.codePointCount(0, before.length()));
    String rest = line.substring(before.length());
    if (quote == '\'' && !rest.isEmpty() && Character.isLetter(rest.codePointAt(0))) {
      String value = valueFrom(before, quote) + rest.stripTrailing();
      String inner = value.substring(1, value.endsWith("'") ? value.length() - 1 : value.length());
      return Optional.of(
          Diagnostic.error(
              where,
              "YAML syntax: this apostrophe ends the value quoted with '",
              "inside '…' write an apostrophe twice, '%s', or quote with \" instead: \"%s\""
                  .formatted(inner.replace("'", "''"), inner)));
    }
    String value = valueFrom(before, quote) + rest.stripTrailing();
    return Optional.of(
        Diagnostic.error(
            where,
            "YAML syntax: the value goes on after its closing quote",
            "a value that starts with a quote ends at the next one; quote all of it with the other"
                + " quote: "
                + (quote == '"' ? "'" + value + "'" : "\"" + value + "\"")));
  }

  private static Diagnostic neverClosed(Mark opened) {
    return Diagnostic.error(
        new Position(opened.getLine() + 1, opened.getColumn() + 1),
        "YAML syntax: this quote is never closed on its line",
        "close it on this line: a quoted value runs on to the next quote, swallowing the lines"
            + " between");
  }

  private static Diagnostic bracketNeverClosed(Mark opened, boolean list) {
    return Diagnostic.error(
        new Position(opened.getLine() + 1, opened.getColumn() + 1),
        list ? "YAML syntax: this '[' is never closed" : "YAML syntax: this '{' is never closed",
        list
            ? "end the list with ']' on the same line, e.g. keywords: [Java, Go]"
            : "end the mapping with '}' on the same line, e.g. location: {city: Berlin}");
  }

  /** The quote on an earlier line that opened a value which runs to line {@code before}. */
  private static Optional<Mark> opener(List<String> lines, int before, char quote) {
    for (int i = before - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (count(line, quote) % 2 == 1) {
        int column = line.indexOf(quote);
        return Optional.of(new Mark("", 0, i, line.codePointCount(0, column), new int[0], 0));
      }
    }
    return Optional.empty();
  }

  /** The quoted value that ends {@code before}: from its opening quote on. */
  private static String valueFrom(String before, char quote) {
    int open = before.lastIndexOf(quote, before.length() - 2);
    return open < 0 ? before : before.substring(open);
  }

  private static String prefix(String line, int codePoints) {
    int chars = line.codePointCount(0, line.length());
    return line.substring(0, line.offsetByCodePoints(0, Math.min(codePoints, chars)));
  }

  /** Quotes in a line, outside a comment; an escaped {@code \"} does not count. */
  private static int count(String line, char quote) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && quote == '"') {
        i++;
      } else if (c == quote) {
        n++;
      } else if (c == '#' && n % 2 == 0 && (i == 0 || line.charAt(i - 1) == ' ')) {
        break;
      }
    }
    return n;
  }
}
