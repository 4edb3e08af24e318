package dev.vitae.load;

import dev.vitae.model.Application;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.SourceFile;
import java.util.List;

/** What loading an application file gives: the application with its positions, or the reasons. */
public sealed interface ApplicationLoad {

  SourceFile source();

  List<Diagnostic> diagnostics();

  /** The file was read; {@code diagnostics} holds warnings only. */
  record Loaded(
      SourceFile source, Application application, SourceMap sourceMap, List<Diagnostic> diagnostics)
      implements ApplicationLoad {}

  /** The file could not be read into an application; at least one diagnostic is an error. */
  record Failed(SourceFile source, List<Diagnostic> diagnostics) implements ApplicationLoad {}
}
