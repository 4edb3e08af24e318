package dev.vitae.pipeline;

import dev.vitae.model.Resume;
import dev.vitae.tailor.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds every profile of a plan, spread over the machine's cores: each worker owns its own
 * {@link Vitae} (a layout engine serves one thread). Results come back in the plan's order, so the
 * output does not depend on which worker finished first.
 */
public final class Builds {

  private Builds() {}

  public static List<VariantBuild> all(Resume resume, Plan plan, BuildOptions options, Optional<Path> templates) {
    List<Profile> profiles = plan.profiles();
    int workers = Math.max(1, Math.min(profiles.size(), Runtime.getRuntime().availableProcessors()));
    if (workers == 1) {
      Vitae vitae = Vitae.create(templates);
      return profiles.stream().map(p -> vitae.build(resume, p, options)).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      ThreadLocal<Vitae> engines = ThreadLocal.withInitial(() -> Vitae.create(templates));
      List<Future<VariantBuild>> futures = new ArrayList<>();
      for (Profile p : profiles) {
        futures.add(pool.submit(() -> engines.get().build(resume, p, options)));
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
