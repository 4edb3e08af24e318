package dev.vitae.load;

import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Text to a YAML node tree. Only composes: SnakeYAML never constructs an object, so tags cannot
 * load classes; the binder decides what each node means.
 */
final class YamlReader {

  static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
  static final int MAX_ALIASES = 20;
  static final int MAX_DEPTH = 40;

  private static final Pattern LONG_ESCAPE = Pattern.compile("\\\\U([0-9A-Fa-f]{8})");

  /** Either a node tree, or the one error the YAML parser stopped at. */
  record Composed(Optional<Node> root, List<Diagnostic> errors) {}

  private YamlReader() {}

  static Composed compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // the binder reports every duplicate, with both lines
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    options.setMergeOnCompose(false);
    options.setTagInspector(tag -> false);
    try {
      Composer composer =
          new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
      Node root = composer.getSingleNode();
      if (root != null) {
        Optional<Diagnostic> loop = SelfReference.find(root, text);
        if (loop.isPresent()) {
          return new Composed(Optional.empty(), List.of(loop.get()));
        }
      }
      return new Composed(Optional.ofNullable(root), List.of());
    } catch (MarkedYAMLException e) {
      List<String> lines = text.lines().toList();
      return new Composed(
          Optional.empty(),
          List.of(
              Quoting.explain(e, lines)
                  .or(() -> Indentation.explain(e, lines))
                  .orElseGet(() -> fromMarked(e))));
    } catch (YAMLException e) {
      return new Composed(Optional.empty(), List.of(fromLimit(e, text, options)));
    } catch (IllegalArgumentException e) {
      // SnakeYAML lets these through for an escape past U+10FFFF, such as "\U9001F1F7"
      return new Composed(Optional.empty(), List.of(badEscape(text)));
    }
  }

  /** The first {@code \UXXXXXXXX} escape beyond the last Unicode character. */
  private static Diagnostic badEscape(String text) {
    Matcher m = LONG_ESCAPE.matcher(text);
    while (m.find()) {
      if (Long.parseLong(m.group(1), 16) > Character.MAX_CODE_POINT) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < m.start(); i++) {
          if (text.charAt(i) == '\n') {
            line++;
            lineStart = i + 1;
          }
        }
        return Diagnostic.error(
            new Position(line, text.codePointCount(lineStart, m.start()) + 1),
            "YAML syntax: the escape '%s' is beyond the last Unicode character"
                .formatted(m.group()),
            "\\U takes eight hex digits up to 0010FFFF, e.g. \\U0001F680 for 🚀");
      }
    }
    return Diagnostic.error(
        Position.START,
        "YAML syntax: an escape that is not a Unicode character",
        "\\U takes eight hex digits up to 0010FFFF, e.g. \\U0001F680 for 🚀");
  }

  private static Diagnostic fromMarked(MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    Position at =
        mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
    if (problem.startsWith("Global tag is not allowed: ")) {
      return Diagnostic.error(
          at,
          "the tag '%s' is not allowed"
              .formatted(problem.substring("Global tag is not allowed: ".length())),
          "vitae reads plain data only; delete the tag (the word starting with '!')");
    }
    return Diagnostic.error(at, "YAML syntax: " + plain(problem), hintFor(problem, e.getContext()));
  }

  private static Diagnostic fromLimit(YAMLException e, String text, LoaderOptions options) {
    String message = String.valueOf(e.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("aliases")) {
      return Diagnostic.error(
          Position.START,
          "too many aliases (more than %d): the file looks like an alias bomb"
              .formatted(MAX_ALIASES),
          "write the values out instead of repeating them through '*' aliases");
    }
    if (lower.contains("code point") || lower.contains("exceeds the limit")) {
      return Diagnostic.error(
          Position.START,
          String.format(Locale.ROOT, "the file is larger than %,d characters", MAX_CODE_POINTS),
          "a résumé fits in far less; look for a pasted file or a runaway value");
    }
    if (lower.contains("nesting depth")) {
      return Diagnostic.error(
          tooDeep(text, options),
          "the file is nested more than %d levels deep".formatted(MAX_DEPTH),
          "a resume.yaml needs at most five levels; look for runaway '[' or '-'");
    }
    return Diagnostic.error(Position.START, "YAML: " + message, "");
  }

  /** Where the first list or mapping one level too deep starts (the composer does not say). */
  private static Position tooDeep(String text, LoaderOptions options) {
    ParserImpl parser = new ParserImpl(new StreamReader(text), options);
    int depth = 0;
    try {
      while (parser.peekEvent() != null) {
        Event event = parser.getEvent();
        if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
          Mark m = event.getStartMark();
          return new Position(m.getLine() + 1, m.getColumn() + 1);
        }
        if (event instanceof CollectionEndEvent) {
          depth--;
        }
        if (event.is(Event.ID.StreamEnd)) {
          break;
        }
      }
    } catch (YAMLException e) {
      // the composer stopped first; fall back to the start
    }
    return Position.START;
  }

  private static String plain(String problem) {
    return switch (problem) {
      case "mapping values are not allowed here" -> "a ':' where a value was expected";
      case "could not find expected ':'" -> "a key without ':'";
      default -> problem.replace("\\t", "tab");
    };
  }

  private static String hintFor(String problem, String context) {
    if (problem.contains("mapping values are not allowed")) {
      return "put quotes around a value that contains ': ', e.g. title: \"Role: Backend\"";
    }
    if (problem.contains("expected ':'")) {
      return "every line of a mapping is 'key: value'; check the line above for a missing ':'";
    }
    if (problem.contains("expected <block end>") || problem.contains("bad indentation")) {
      return "keys of one mapping must line up in the same column";
    }
    if (context != null && context.contains("quoted scalar")) {
      return "a quote was opened and never closed";
    }
    return "";
  }
}
