package dev.vitae.load;

import dev.vitae.model.Application;
import dev.vitae.model.Resume;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import dev.vitae.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one resume.yaml (or JSON Resume .json), or one application file, into the model. */
public final class Loader {

  private Loader() {}

  /**
   * Loads a résumé from the bytes of a file.
   *
   * @param name the file name as the user wrote it, used in messages
   */
  public static LoadResult load(String name, byte[] bytes) {
    Bound<Resume> bound =
        bind(
            name,
            bytes,
            Resume.class,
            false,
            "start with 'basics:' and the person's name; 'vitae init' writes a starter file",
            "the top level must be a mapping of sections (basics:, work:, …)",
            "start the file with 'basics:' at the first column");
    return bound.value() == null
        ? new LoadResult.Failed(bound.source(), bound.diagnostics())
        : new LoadResult.Loaded(
            bound.source(), bound.value(), bound.sourceMap(), bound.diagnostics());
  }

  /**
   * Loads an application ({@code applications/acme-backend.yaml}) from the bytes of a file, with
   * the same rules, limits and messages as a résumé. An empty item of a list of text (a letter
   * paragraph written as a bare {@code -}) is kept as empty text, so that it can be pointed at.
   */
  public static ApplicationLoad loadApplication(String name, byte[] bytes) {
    Bound<Application> bound =
        bind(
            name,
            bytes,
            Application.class,
            true,
            "start with 'company:' and 'role:'; 'vitae apply --new' writes a starter file",
            "the top level must be a mapping of keys (company:, role:, letter:, …)",
            "start the file with 'company:' at the first column");
    return bound.value() == null
        ? new ApplicationLoad.Failed(bound.source(), bound.diagnostics())
        : new ApplicationLoad.Loaded(
            bound.source(), bound.value(), bound.sourceMap(), bound.diagnostics());
  }

  /** A file bound to a record, or (value null) the errors that kept it from being bound. */
  private record Bound<T>(
      SourceFile source, @Nullable T value, SourceMap sourceMap, List<Diagnostic> diagnostics) {}

  private static <T> Bound<T> bind(
      String name,
      byte[] bytes,
      Class<T> type,
      boolean keepEmptyText,
      String emptyHint,
      String topMessage,
      String topHint) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    SourceFile source = new SourceFile(name, decoded.text());
    List<Diagnostic> errors = new ArrayList<>(decoded.errors());
    errors.addAll(TextScanner.scan(decoded.text()));
    if (!errors.isEmpty()) {
      return failed(source, errors);
    }
    if (decoded.text().isBlank()) {
      return failed(
          source, List.of(Diagnostic.error(Position.START, "the file is empty", emptyHint)));
    }
    YamlReader.Composed composed = YamlReader.compose(decoded.text());
    if (!composed.errors().isEmpty()) {
      return failed(source, composed.errors());
    }
    Node root = composed.root().orElse(null);
    if (!(root instanceof MappingNode mapping)) {
      Position at =
          root == null
              ? Position.START
              : new Position(
                  root.getStartMark().getLine() + 1, root.getStartMark().getColumn() + 1);
      return failed(source, List.of(Diagnostic.error(at, topMessage, topHint)));
    }
    // Only a résumé may be a JSON Resume file; an application is always vitae's own.
    Dialect dialect = type == Resume.class ? Dialect.of(name, mapping) : Dialect.RESUME_YAML;
    RecordBinder binder = new RecordBinder(dialect, keepEmptyText);
    Object value = binder.bind(root, type, "");
    List<Diagnostic> all = new ArrayList<>(binder.diagnostics());
    all.addAll(CommentCut.find(root, source.lines()));
    if (value == null || all.stream().anyMatch(Diagnostic::isError)) {
      return failed(source, all);
    }
    return new Bound<>(
        source, type.cast(value), new SourceMap(binder.positions()), List.copyOf(all));
  }

  private static <T> Bound<T> failed(SourceFile source, List<Diagnostic> diagnostics) {
    return new Bound<>(source, null, new SourceMap(java.util.Map.of()), List.copyOf(diagnostics));
  }
}
