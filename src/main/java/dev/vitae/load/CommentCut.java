package dev.vitae.load;

import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Unquoted values that YAML cut at a {@code #}: in {@code - Reduced costs by 30% for team #1} the
 * {@code #1} starts a comment, so the bullet silently ends at "team". A comment written as such
 * ({@code # a note}, with a space after the {@code #}) is left alone.
 */
final class CommentCut {

  private static final Pattern CUT = Pattern.compile("^([ \\t]+)#(\\S.*)$");

  private CommentCut() {}

  /** A warning at every {@code #} that ended an unquoted value on its line. */
  static List<Diagnostic> find(Node root, List<String> lines) {
    List<Diagnostic> out = new ArrayList<>();
    visit(root, lines, out);
    return List.copyOf(out);
  }

  private static void visit(Node node, List<String> lines, List<Diagnostic> out) {
    switch (node) {
      case MappingNode m -> {
        for (NodeTuple t : m.getValue()) {
          visit(t.getKeyNode(), lines, out);
          visit(t.getValueNode(), lines, out);
        }
      }
      case SequenceNode s -> s.getValue().forEach(n -> visit(n, lines, out));
      case ScalarNode s
          when s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && !s.getValue().isEmpty() ->
          check(s, lines, out);
      default -> {}
    }
  }

  private static void check(ScalarNode scalar, List<String> lines, List<Diagnostic> out) {
    Mark end = scalar.getEndMark();
    if (end == null || end.getLine() >= lines.size()) {
      return;
    }
    String line = lines.get(end.getLine());
    int characters = line.codePointCount(0, line.length());
    if (end.getColumn() > characters) {
      return;
    }
    String rest = line.substring(line.offsetByCodePoints(0, end.getColumn()));
    Matcher m = CUT.matcher(rest);
    if (!m.matches()) {
      return;
    }
    String whole = scalar.getValue() + m.group(1) + "#" + m.group(2).stripTrailing();
    out.add(
        Diagnostic.warning(
            new Position(end.getLine() + 1, end.getColumn() + m.group(1).length() + 1),
            "'#%s' is read as a comment, so the value ends at '%s'"
                .formatted(m.group(2).stripTrailing(), tail(scalar.getValue())),
            "put the whole value in quotes to keep it: \"%s\""
                .formatted(whole.replace("\\", "\\\\").replace("\"", "\\\""))));
  }

  /** The last words of a value, enough to recognise it. */
  private static String tail(String value) {
    return value.length() <= 30 ? value : "…" + value.substring(value.length() - 29);
  }
}
