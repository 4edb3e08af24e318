package dev.vitae.pipeline;

import dev.vitae.model.Resume;
import dev.vitae.tailor.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Builds every profile of a plan, spread over the machine's cores: each worker owns its own {@link
 * Vitae} (a layout engine serves one thread). Results come back in the plan's order, so the output
 * does not depend on which worker finished first.
 */
public final class Builds {

  private Builds() {}

  /**
   * The profiles on one worker; on a machine with another core, each PDF is read back there while
   * the next document is made (with more workers than one, every core is making documents).
   */
  private static List<VariantBuild> alone(
      Resume resume, List<Profile> profiles, BuildOptions options, Outputs outputs, Vitae vitae) {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return profiles.stream().map(p -> vitae.build(resume, p, options, outputs)).toList();
    }
    ExecutorService reader =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "vitae-read-back");
              t.setDaemon(true);
              return t;
            });
    try {
      return profiles.stream().map(p -> vitae.build(resume, p, options, outputs, reader)).toList();
    } finally {
      reader.shutdownNow();
    }
  }

  /**
   * Renders every profile of a plan, one pipeline per worker; the builds come back in plan order.
   *
   * @param outputs what to render for each profile
   * @param first a pipeline to use, on this thread or a worker
   * @param more makes a pipeline like {@code first} for each further worker
   */
  public static List<VariantBuild> all(
      Resume resume,
      Plan plan,
      BuildOptions options,
      Outputs outputs,
      Vitae first,
      Supplier<Vitae> more) {
    List<Profile> profiles = plan.profiles();
    int workers =
        Math.max(1, Math.min(profiles.size(), Runtime.getRuntime().availableProcessors()));
    if (workers == 1) {
      return alone(resume, profiles, options, outputs, first);
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      BlockingQueue<Vitae> engines = new ArrayBlockingQueue<>(workers);
      engines.add(first);
      for (int i = 1; i < workers; i++) {
        engines.add(more.get());
      }
      List<Future<VariantBuild>> futures = new ArrayList<>();
      for (Profile p : profiles) {
        futures.add(
            pool.submit(
                () -> {
                  Vitae vitae = engines.take();
                  try {
                    return vitae.build(resume, p, options, outputs);
                  } finally {
                    engines.add(vitae);
                  }
                }));
      }
      List<VariantBuild> out = new ArrayList<>();
      for (Future<VariantBuild> f : futures) {
        out.add(f.get());
      }
      return List.copyOf(out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
