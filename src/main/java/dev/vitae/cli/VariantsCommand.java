package dev.vitae.cli;

import dev.vitae.model.Keyed;
import dev.vitae.model.Resume;
import dev.vitae.model.Variant;
import dev.vitae.tailor.Changes;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the variants of a resume.yaml and what each keeps and drops. */
@Command(
    name = "variants",
    mixinStandardHelpOptions = true,
    description = "List each variant of resume.yaml and what it keeps and drops.",
    footer = {"", "Example:", "  vitae variants resume.yaml"})
final class VariantsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ResumeFile input;

  @Option(
      names = "--names",
      description = "only the variants' names, one a line (for scripts and shell completion)")
  boolean names;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Resume resume = InputFile.read(input.file, spec.commandLine().getErr()).resume();
    if (names) {
      resume.variants().keySet().forEach(out::println);
      out.flush();
      return 0;
    }
    if (resume.variants().isEmpty()) {
      out.println(
          "resume.yaml defines no variants; add a 'variants:' section (see README, Variants)");
      return 0;
    }
    for (Map.Entry<String, Variant> e : resume.variants().entrySet()) {
      Variant v = e.getValue();
      Profile p = Profile.of(e.getKey(), v, Profile.Flags.NONE);
      out.println(e.getKey() + (v.label() != null ? " — " + v.label() : ""));
      line(out, "include", v.include());
      line(out, "exclude", v.exclude());
      line(out, "sections", v.sections());
      line(out, "emphasize", v.emphasize());
      line(out, "documents", v.documents());
      StringBuilder limits = new StringBuilder();
      if (v.maxJobs() != null) {
        limits.append("jobs ≤ ").append(v.maxJobs()).append("  ");
      }
      if (v.maxBullets() != null) {
        limits.append("bullets per job ≤ ").append(v.maxBullets()).append("  ");
      }
      if (v.maxSkills() != null) {
        limits.append("skills per group ≤ ").append(v.maxSkills());
      }
      if (!limits.isEmpty()) {
        out.println("  limits:    " + limits.toString().strip());
      }
      Changes c = Changes.of(resume, Tailor.apply(resume, p));
      out.println("  keeps:     " + String.join(", ", c.kept()));
      if (c.dropped().isEmpty()) {
        out.println("  drops:     nothing");
      } else {
        out.println("  drops:");
        c.dropped().forEach(d -> out.println("    - " + d));
      }
      out.println();
    }
    return 0;
  }

  private static void line(PrintWriter out, String label, List<?> values) {
    if (!values.isEmpty()) {
      List<String> written =
          values.stream().map(x -> x instanceof Keyed k ? k.key() : x.toString()).toList();
      out.printf(Locale.ROOT, "  %-10s %s%n", label + ":", String.join(", ", written));
    }
  }
}
