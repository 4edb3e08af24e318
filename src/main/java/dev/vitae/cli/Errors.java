package dev.vitae.cli;

import dev.vitae.check.CheckReport;
import dev.vitae.check.ReadAs;
import dev.vitae.fit.Overflow;
import dev.vitae.pipeline.Problem;
import dev.vitae.source.DiagnosticFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * The one place that turns a {@link Problem} into what the user reads and into an exit code: 0 ok,
 * 1 failure, 2 bad usage. Anything else thrown is a bug in vitae and said so, without a stack
 * trace.
 */
final class Errors implements IExecutionExceptionHandler, IExitCodeExceptionMapper {

  static final int FAILURE = 1;
  static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof Failure f) {
      print(f.problems(), err);
      if (exitCode(f.problems()) == FAILURE) {
        f.afterwards().forEach(err::println);
      }
    } else {
      err.println("vitae: internal error: " + e);
      err.println(
          "  this is a bug in vitae, not in your file; please report it with the file that caused it");
    }
    err.flush();
    return getExitCode(e);
  }

  /**
   * Bad flags. A value outside a closed choice and flags that exclude each other are said like
   * every other usage error; anything else gets picocli's message and the usage, from {@code
   * others}.
   */
  static IParameterExceptionHandler parameters(IParameterExceptionHandler others) {
    return (e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      Matcher m = EXCLUSIVE.matcher(String.valueOf(e.getMessage()));
      if (e.getCause() instanceof TypeConversionException
          && e.getArgSpec() instanceof OptionSpec option
          && !choices(option).isEmpty()) {
        String name = option.longestName();
        error(
            err,
            "unknown %s '%s'".formatted(NOUNS.getOrDefault(name, "value"), e.getValue()),
            "use " + joined(choices(option).stream().map(c -> name + " " + c).toList(), "or"));
      } else if (e instanceof MutuallyExclusiveArgsException && m.matches()) {
        error(
            err,
            joined(List.of(m.group(1).split(", ")), "and") + " cannot be used together",
            "pick one");
      } else {
        return others.handleParseException(e, args);
      }
      err.flush();
      return USAGE;
    };
  }

  /** What the value of a closed-choice option is called in a message. */
  private static final Map<String, String> NOUNS =
      Map.of("--paper", "paper size", "--format", "format", "--only", "document");

  private static final Pattern EXCLUSIVE =
      Pattern.compile("Error: (.*) are mutually exclusive \\(specify only one\\)");

  private static List<String> choices(ArgSpec arg) {
    List<String> out = new ArrayList<>();
    if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(out::add);
    }
    return out;
  }

  /** {@code a}, {@code a or b}, {@code a, b or c}. */
  private static String joined(List<String> items, String word) {
    int n = items.size();
    return n == 1
        ? items.get(0)
        : String.join(", ", items.subList(0, n - 1)) + " " + word + " " + items.get(n - 1);
  }

  @Override
  public int getExitCode(Throwable e) {
    return switch (e) {
      case Failure f -> exitCode(f.problems());
      case ParameterException p -> USAGE;
      default -> FAILURE;
    };
  }

  /** Bad usage when any problem is; else failure. */
  static int exitCode(List<Problem> problems) {
    return problems.stream().anyMatch(p -> p instanceof Problem.Usage) ? USAGE : FAILURE;
  }

  /** Says every problem, in order. */
  static void print(List<Problem> problems, PrintWriter err) {
    problems.forEach(p -> print(p, err));
    err.flush();
  }

  private static void print(Problem problem, PrintWriter err) {
    switch (problem) {
      case Problem.Diagnostics d ->
          err.print(DiagnosticFormatter.format(d.source(), d.diagnostics()));
      case Problem.Usage u -> error(err, u.message(), u.hint());
      case Problem.Invalid i -> error(err, i.message(), i.hint());
      case Problem.UncoveredText u -> error(err, u.message(), u.hint());
      case Problem.Environment e -> error(err, e.message(), e.hint());
      case Problem.TemplateFailure t ->
          error(
              err,
              t.message(),
              t.templates()
                  .map(dir -> "fix the template (your templates are read from " + dir + " first)")
                  .orElse("this is a bug in a shipped template; please report it"));
      case Problem.DoesNotFit d -> doesNotFit(d, err);
      case Problem.ReadBackFailed r -> {
        for (CheckReport c : r.failed()) {
          c.problems()
              .forEach(p -> err.println("vitae: error: " + r.out().resolve(c.file()) + ": " + p));
        }
        err.println("  hint: " + readBackHint(r));
      }
    }
  }

  /** What to do about files that did not read back: whose the failure is, and how to mend it. */
  private static String readBackHint(Problem.ReadBackFailed r) {
    if (r.fromTheText()) {
      List<String> fields =
          r.failed().stream().flatMap(c -> c.readAsHeadings().stream()).distinct().toList();
      return "write "
          + String.join(", ", fields)
          + " in resume.yaml in capitals and small letters (\"Senior Engineer\", not"
          + " \"SENIOR ENGINEER\"), or shorter: a line in bold capitals alone is a section"
          + " heading to résumé parsers";
    }
    if (r.failed().stream()
        .allMatch(c -> ReadAs.ofFileName(c.file()).orElse(null) == ReadAs.DOCX)) {
      return "the Word copies are written by vitae, not from a template: this is a bug in vitae,"
          + " not in your file; please report it";
    }
    return r.templates()
        .map(
            dir ->
                "check your templates in "
                    + dir
                    + ": a résumé must fit one page and show the text it is given")
        .orElse("this is a bug in vitae or a template, not in your file; please report it");
  }

  /** A file that could not be written. */
  static Problem cannotWrite(Path file, IOException e) {
    return new Problem.Environment(
        file,
        "cannot write " + file + ": " + e.getMessage(),
        "check that the folder exists and is writable");
  }

  private static void error(PrintWriter err, String message, String hint) {
    err.println("vitae: error: " + message);
    if (!hint.isEmpty()) {
      err.println("  hint: " + hint);
    }
  }

  private static void doesNotFit(Problem.DoesNotFit d, PrintWriter err) {
    Overflow o = d.overflow();
    String message = (d.variant().isEmpty() ? "" : "variant '" + d.variant() + "': ") + o.message();
    if (o.isLetter()) {
      error(
          err,
          message,
          "shorten the letter's paragraphs: vitae never leaves a paragraph of a letter out, and at"
              + " 9 pt it must fit one page");
    } else if (d.templates().isPresent()) {
      error(
          err,
          message,
          "check your templates in "
              + d.templates().get()
              + ": at 9 pt a résumé must fit one page");
    } else if (o.strict()) {
      err.println("vitae: error: " + message);
      err.println(
          "  --strict leaves every item in; the first candidates to cut, least important first:");
      o.candidates().forEach(c -> err.println("    " + c));
      err.println(
          "  hint: shorten or remove them, give what must stay a higher priority, or build without"
              + " --strict to leave them out (each one is reported)");
    } else {
      error(
          err,
          message,
          "what is left is never dropped (name, contacts, summary, skills, education, the newest"
              + " job, items of the highest priority); shorten it");
    }
  }
}
