package dev.vitae.bench;

import dev.vitae.Samples;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.BaseDocuments;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.view.Paper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * The benchmark thread's own CPU time per warm résumé and dossier of the sample, median of 60
 * operations after 100 warm-up rounds: on a shared machine, where JMH's wall-clock medians follow
 * the load, this is the figure README's Performance section compares commits by (each commit in its
 * own JVM, alternated). Run: {@code java -cp "target/test-classes:target/classes:$(cat
 * target/bench.classpath)" dev.vitae.bench.CpuTime LABEL} after the classpath step of {@code
 * scripts/bench}.
 */
public final class CpuTime {

  private static final int WARM_UP = 100;
  private static final int TIMED = 60;

  private CpuTime() {}

  public static void main(String[] args) {
    String label = args.length > 0 ? args[0] : "this";
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    BaseDocuments vitae = BaseDocuments.create();
    Resume resume = Samples.resume();
    BuildOptions options = new BuildOptions(Paper.LETTER, Instant.parse("2026-01-01T00:00:00Z"));
    for (boolean dossier : new boolean[] {false, true}) {
      for (int i = 0; i < WARM_UP; i++) {
        run(vitae, resume, options, dossier);
      }
      double[] millis = new double[TIMED];
      for (int i = 0; i < TIMED; i++) {
        long before = threads.getCurrentThreadCpuTime();
        run(vitae, resume, options, dossier);
        millis[i] = (threads.getCurrentThreadCpuTime() - before) / 1e6;
      }
      Arrays.sort(millis);
      System.out.printf(
          Locale.ROOT,
          "%s %s cpu median %.2f ms%n",
          label,
          dossier ? "dossier" : "resume",
          millis[TIMED / 2]);
    }
  }

  private static Object run(
      BaseDocuments vitae, Resume resume, BuildOptions options, boolean dossier) {
    return dossier
        ? vitae.dossier(resume, options, "Tushar-Dossier")
        : vitae.resume(resume, options, "Tushar-Resume");
  }
}
