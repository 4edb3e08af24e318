package dev.vitae.cli;

import dev.vitae.pipeline.Problem;
import java.util.List;

/**
 * A command stopped for the user's or the environment's reasons, given as values. Thrown from a
 * command's {@code call}; {@link Errors} says it and picks the exit code.
 */
final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;
  private final transient List<String> afterwards;

  /**
   * @param afterwards lines to print after the problems unless it was bad usage ("vitae: nothing
   *     written; …")
   */
  Failure(List<Problem> problems, List<String> afterwards) {
    super(problems.isEmpty() ? "failed" : problems.get(0).toString(), null, false, false);
    this.problems = List.copyOf(problems);
    this.afterwards = List.copyOf(afterwards);
  }

  /** One problem, nothing more to say. */
  static Failure of(Problem problem) {
    return new Failure(List.of(problem), List.of());
  }

  /** The command has already reported what failed (on standard output, as its report). */
  static Failure reported() {
    return new Failure(List.of(), List.of());
  }

  List<Problem> problems() {
    return problems;
  }

  List<String> afterwards() {
    return afterwards;
  }
}
