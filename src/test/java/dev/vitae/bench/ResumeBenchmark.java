package dev.vitae.bench;

import dev.vitae.Samples;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.pipeline.Vitae;
import dev.vitae.view.Paper;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Warm renders of the sample: what a watch-mode rebuild or a server would pay per document. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResumeBenchmark {

  private Vitae vitae;
  private Resume resume;
  private final BuildOptions options = new BuildOptions(Paper.LETTER, Instant.parse("2026-01-01T00:00:00Z"));

  @Setup
  public void setUp() {
    vitae = Vitae.create(Optional.empty());
    resume = Samples.resume();
  }

  /** Load + validate the sample YAML. */
  @Benchmark
  public Object load() {
    return Vitae.read("resume.yaml", Samples.bytes());
  }

  /** The dossier: one layout of 13 pages, PDF bytes, text and Markdown. */
  @Benchmark
  public Object dossier() {
    return vitae.dossier(resume, options, "Tushar-Dossier");
  }

  /** The one-page résumé: fit (several layouts), PDF bytes, text and Markdown. */
  @Benchmark
  public Object resume() {
    return vitae.resume(resume, options, "Tushar-Resume");
  }
}
