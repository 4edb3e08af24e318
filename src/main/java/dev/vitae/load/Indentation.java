package dev.vitae.load;

import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * YAML syntax errors whose cause is a line indented wrongly, said as such. The YAML parser names
 * what it noticed instead: a key indented deeper than the one above it reads as more of that key's
 * value, and the parser stops at its colon ("mapping values are not allowed here", which is also
 * what an unquoted {@code title: Role: Backend} gives); a line that lines up with neither the line
 * above nor the one it belongs to gives "expected &lt;block end&gt;".
 */
final class Indentation {

  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private Indentation() {}

  /** The error, explained at the line indented wrongly; empty when it is not one. */
  static Optional<Diagnostic> explain(MarkedYAMLException e, List<String> lines) {
    Mark at = e.getProblemMark();
    if (at == null || at.getLine() >= lines.size()) {
      return Optional.empty();
    }
    String problem = String.valueOf(e.getProblem());
    if (problem.equals("mapping values are not allowed here")) {
      return deeper(lines, at.getLine(), at.getColumn());
    }
    if (problem.startsWith("expected <block end>")) {
      return between(lines, at.getLine());
    }
    return Optional.empty();
  }

  /** A key indented deeper than the key with a value on the line above. */
  private static Optional<Diagnostic> deeper(List<String> lines, int line, int colon) {
    String text = lines.get(line);
    if (colon > text.length()) {
      return Optional.empty();
    }
    String key = text.substring(0, colon).strip();
    int above = previous(lines, line);
    if (!KEY.matcher(key).matches() || above < 0) {
      return Optional.empty();
    }
    String upper = lines.get(above);
    int column = keyColumn(upper);
    Optional<String> upperKey = key(upper);
    if (upperKey.isEmpty() || indent(text) <= column || !hasValue(upper, column)) {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.error(
            new Position(line + 1, indent(text) + 1),
            "YAML syntax: '%s' is indented deeper than '%s' above it"
                .formatted(key, upperKey.get()),
            ("keys of one mapping line up in the same column: start '%s' in column %d, under '%s';"
                    + " indented deeper, it reads as more of the value of '%s' (if it is, quote that"
                    + " value)")
                .formatted(key, column + 1, upperKey.get(), upperKey.get())));
  }

  /** A line that lines up with neither the line above it nor the line it belongs to. */
  private static Optional<Diagnostic> between(List<String> lines, int line) {
    String text = lines.get(line);
    int indent = indent(text);
    int above = previous(lines, line);
    if (above < 0) {
      return Optional.empty();
    }
    boolean item = text.startsWith("-", indent);
    String upper = lines.get(above);
    int upperColumn = item ? indent(upper) : keyColumn(upper);
    int outer = above;
    while (outer >= 0 && (blank(lines.get(outer)) || indent(lines.get(outer)) >= indent)) {
      outer--;
    }
    if (outer < 0 || upperColumn <= indent) {
      return Optional.empty();
    }
    String parent = lines.get(outer);
    return Optional.of(
        Diagnostic.error(
            new Position(line + 1, indent + 1),
            "YAML syntax: %s lines up with neither %s above it nor %s"
                .formatted(
                    name(text, indent), name(upper, upperColumn), name(parent, indent(parent))),
            ("%s of one %s line up in the same column: start it in column %d, under %s, or in"
                    + " column %d, under %s")
                .formatted(
                    item ? "items" : "keys",
                    item ? "list" : "mapping",
                    upperColumn + 1,
                    name(upper, upperColumn),
                    indent(parent) + 1,
                    name(parent, indent(parent)))));
  }

  /** How a line is named in a message: its key, or the start of its list item. */
  private static String name(String line, int column) {
    String rest = line.substring(Math.min(column, line.length())).strip();
    Optional<String> key = rest.startsWith("-") ? Optional.empty() : key(rest);
    if (key.isPresent()) {
      return "'" + key.get() + "'";
    }
    return "'" + (rest.length() > 24 ? rest.substring(0, 23) + "…" : rest) + "'";
  }

  /** The line's key, after its indentation and any list dashes. */
  private static Optional<String> key(String line) {
    String rest = line.substring(keyColumn(line));
    int colon = rest.indexOf(':');
    if (colon <= 0 || !KEY.matcher(rest.substring(0, colon)).matches()) {
      return Optional.empty();
    }
    return Optional.of(rest.substring(0, colon));
  }

  /** Whether the key at {@code column} has a plain value on its own line. */
  private static boolean hasValue(String line, int column) {
    int colon = line.indexOf(':', column);
    String value = colon < 0 ? "" : line.substring(colon + 1).strip();
    return !value.isEmpty()
        && !value.startsWith("#")
        && !value.startsWith("|")
        && !value.startsWith(">");
  }

  /** The column of a line's key: after its indentation and any {@code - } of list items. */
  private static int keyColumn(String line) {
    int i = indent(line);
    while (line.startsWith("-", i) && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
      i++;
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
    }
    return i;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** The nearest line above that holds more than a comment, or -1. */
  private static int previous(List<String> lines, int line) {
    int i = line - 1;
    while (i >= 0 && blank(lines.get(i))) {
      i--;
    }
    return i;
  }

  private static boolean blank(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }
}
