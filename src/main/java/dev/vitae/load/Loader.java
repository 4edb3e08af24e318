package dev.vitae.load;

import dev.vitae.model.Resume;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import dev.vitae.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one resume.yaml (or JSON Resume .json) into the model. */
public final class Loader {

  private Loader() {}

  /**
   * Loads a résumé from the bytes of a file.
   *
   * @param name the file name as the user wrote it, used in messages
   */
  public static LoadResult load(String name, byte[] bytes) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    SourceFile source = new SourceFile(name, decoded.text());
    List<Diagnostic> errors = new ArrayList<>(decoded.errors());
    errors.addAll(TextScanner.scan(decoded.text()));
    if (!errors.isEmpty()) {
      return new LoadResult.Failed(source, errors);
    }
    if (decoded.text().isBlank()) {
      return new LoadResult.Failed(
          source,
          List.of(
              Diagnostic.error(
                  Position.START,
                  "the file is empty",
                  "start with 'basics:' and the person's name; 'vitae init' writes a starter file")));
    }
    YamlReader.Composed composed = YamlReader.compose(decoded.text());
    if (!composed.errors().isEmpty()) {
      return new LoadResult.Failed(source, composed.errors());
    }
    Node root = composed.root().orElse(null);
    if (!(root instanceof MappingNode)) {
      Position at =
          root == null
              ? Position.START
              : new Position(
                  root.getStartMark().getLine() + 1, root.getStartMark().getColumn() + 1);
      return new LoadResult.Failed(
          source,
          List.of(
              Diagnostic.error(
                  at,
                  "the top level must be a mapping of sections (basics:, work:, …)",
                  "start the file with 'basics:' at the first column")));
    }
    RecordBinder binder = new RecordBinder();
    Object resume = binder.bind(root, Resume.class, "");
    List<Diagnostic> all = new ArrayList<>(binder.diagnostics());
    all.addAll(CommentCut.find(root, source.lines()));
    if (resume == null || all.stream().anyMatch(Diagnostic::isError)) {
      return new LoadResult.Failed(source, List.copyOf(all));
    }
    return new LoadResult.Loaded(
        source, (Resume) resume, new SourceMap(binder.positions()), List.copyOf(all));
  }
}
