package dev.vitae.pipeline;

import dev.vitae.check.CheckReport;
import dev.vitae.fit.Overflow;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A mistake of the user or of their environment that stops a command, as a value. The command line
 * turns each into a message and an exit code in one place; nothing here prints.
 */
public sealed interface Problem {

  /** Whether it stops a command: everything but diagnostics that are all warnings. */
  default boolean stops() {
    return !(this instanceof Diagnostics d)
        || d.diagnostics().stream().anyMatch(Diagnostic::isError);
  }

  /** Errors (and the warnings found with them) at their line and column in a file. */
  record Diagnostics(SourceFile source, List<Diagnostic> diagnostics) implements Problem {
    public Diagnostics {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** A flag, or a name given on the command line, is wrong: bad usage. */
  record Usage(String message, String hint) implements Problem {}

  /** A value with no place in a file (a {@code --set} value, a variant's theme) is wrong. */
  record Invalid(String message, String hint) implements Problem {}

  /**
   * The résumé of {@code variant} (empty: the base) cannot be put on one page as asked.
   *
   * @param templates the user's template folder, when one was given
   */
  record DoesNotFit(String variant, Overflow overflow, Optional<Path> templates)
      implements Problem {}

  /** A template could not run. */
  record TemplateFailure(String message, Optional<Path> templates) implements Problem {}

  /** A value has characters no font draws, or a script vitae cannot shape. */
  record UncoveredText(String message, String hint) implements Problem {}

  /** Reading the rendered PDFs back found them wrong; {@code failed} holds only failed checks. */
  record ReadBackFailed(Path out, List<CheckReport> failed, Optional<Path> templates)
      implements Problem {
    public ReadBackFailed {
      failed = List.copyOf(failed);
    }

    /**
     * Whether every file failed from the résumé's own text, which the user mends: a field a parser
     * reads as a section heading (a title in capitals with a line of its own).
     */
    public boolean fromTheText() {
      return failed.stream().allMatch(c -> !c.readAsHeadings().isEmpty());
    }
  }

  /** A file or folder could not be read or written. */
  record Environment(Path path, String message, String hint) implements Problem {}
}
