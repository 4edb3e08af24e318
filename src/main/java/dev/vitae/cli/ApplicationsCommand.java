package dev.vitae.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.vitae.model.ApplicationStatus;
import dev.vitae.pipeline.ApplicationList;
import dev.vitae.pipeline.ApplicationRow;
import dev.vitae.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists every application: date, company, role, variant, status and the files sent. */
@Command(
    name = "applications",
    mixinStandardHelpOptions = true,
    description = {
      "List every application file in DIR, by date: company, role, the variant its latest bundle",
      "sent (or the one it names), its status, and the files of that bundle."
    },
    footer = {
      "",
      "Examples:",
      "  vitae applications",
      "  vitae applications --status sent",
      "  vitae applications --json > applications.json"
    })
final class ApplicationsCommand implements Callable<Integer> {

  private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "applications",
      paramLabel = "DIR",
      description = "the folder of application files (default: ${DEFAULT-VALUE})")
  Path dir;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      completionCandidates = StatusKeys.class,
      description = "only those with this status: ${COMPLETION-CANDIDATES}")
  @Nullable ApplicationStatus status;

  @Option(names = "--json", description = "print them as JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ApplicationList list = Pipeline.shipped().applications(dir);
    if (list.rows().isEmpty() && !list.problems().isEmpty()) {
      throw new Failure(list.problems(), List.of());
    }
    List<ApplicationRow> rows =
        list.rows().stream()
            .filter(r -> status == null || r.status().equals(status.key()))
            .toList();
    if (json) {
      out.println(JSON.writeValueAsString(rows));
    } else {
      table(out, rows);
    }
    out.flush();
    if (!list.problems().isEmpty()) {
      throw new Failure(list.problems(), List.of("vitae: the files above are not listed"));
    }
    return 0;
  }

  private static void table(PrintWriter out, List<ApplicationRow> rows) {
    if (rows.isEmpty()) {
      out.println("no applications");
      return;
    }
    String format =
        "%-10s  %-"
            + width(rows, 1)
            + "s  %-"
            + width(rows, 2)
            + "s  %-"
            + width(rows, 3)
            + "s  %-9s  %s%n";
    out.printf(Locale.ROOT, format, "date", "company", "role", "variant", "status", "files");
    for (ApplicationRow r : rows) {
      out.printf(
          Locale.ROOT,
          format,
          r.date(),
          r.company(),
          r.role(),
          r.variant(),
          r.status(),
          r.files().isEmpty() ? "(no bundle)" : String.join(", ", r.files()));
    }
  }

  private static int width(List<ApplicationRow> rows, int column) {
    int w =
        switch (column) {
          case 1 -> "company".length();
          case 2 -> "role".length();
          default -> "variant".length();
        };
    for (ApplicationRow r : rows) {
      String v =
          switch (column) {
            case 1 -> r.company();
            case 2 -> r.role();
            default -> r.variant();
          };
      w = Math.max(w, v.length());
    }
    return w;
  }
}
