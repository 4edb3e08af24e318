package dev.vitae.bench;

import dev.vitae.fit.FitResult;
import dev.vitae.fit.Fitted;
import dev.vitae.fit.Inputs;
import dev.vitae.fit.OnePageFitter;
import dev.vitae.render.Templates;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.render.pdf.PdfEngine;
import dev.vitae.view.Emphasis;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ResumeViews;
import java.util.Optional;
import java.util.Set;
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
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Fitting a résumé of 12 jobs × 6 bullets (two pages at 9 pt) onto one page, warm: templates and
 * fonts loaded once, as in a rebuild-on-save loop. Target: 80 ms or less. Run with {@link #main}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FitBenchmark {

  private OnePageFitter fitter;
  private ResumeView view;

  @Setup
  public void setUp() {
    Templates templates = Templates.create(Optional.empty());
    PdfEngine pdf = new PdfEngine(FontSet.shipped());
    fitter = new OnePageFitter(v -> templates.render("resume.ftlx", v), pdf::layout);
    view =
        ResumeViews.of(
            Inputs.resume(12, 6, Set.of()), ResumeViews.DEFAULT_ORDER, Emphasis.NONE, Paper.LETTER);
  }

  @Benchmark
  public FitResult fit12x6() {
    return fitter.fit(view);
  }

  public static void main(String[] args) throws RunnerException {
    FitBenchmark once = new FitBenchmark();
    once.setUp();
    Fitted f = (Fitted) once.fit12x6();
    System.out.println(f.report().summary());
    new Runner(
            new OptionsBuilder()
                .include(FitBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(3)
                .measurementIterations(5)
                .build())
        .run();
  }
}
