package dev.vitae.load;

import dev.vitae.model.Resume;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.SourceFile;
import java.util.List;

/** What loading gives: a résumé with the map back to its source, or the reasons it could not. */
public sealed interface LoadResult {

  SourceFile source();

  List<Diagnostic> diagnostics();

  /** The file was read; {@code diagnostics} holds warnings only. */
  record Loaded(SourceFile source, Resume resume, SourceMap sourceMap, List<Diagnostic> diagnostics)
      implements LoadResult {}

  /** The file could not be read into a résumé; at least one diagnostic is an error. */
  record Failed(SourceFile source, List<Diagnostic> diagnostics) implements LoadResult {}
}
