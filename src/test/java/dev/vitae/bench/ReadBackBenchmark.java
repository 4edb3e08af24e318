package dev.vitae.bench;

import dev.vitae.Samples;
import dev.vitae.check.CheckReport;
import dev.vitae.check.Expectation;
import dev.vitae.check.PdfCheck;
import dev.vitae.check.ResumeFields;
import dev.vitae.pipeline.BaseDocuments;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ViewText;
import java.time.Instant;
import java.util.List;
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

/**
 * What the read-back costs a build, warm, on the sample résumé's PDF: the text in stream order
 * alone, and with the structural read-back of its fields (the gate of every build). Their
 * difference is the gate's own cost, beside {@code ResumeBenchmark.resume}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadBackBenchmark {

  private byte[] pdf = new byte[0];
  private Expectation text = Expectation.ANY;
  private Expectation fields = Expectation.ANY;

  @Setup
  public void setUp() {
    BaseDocuments.Built built =
        BaseDocuments.create()
            .resume(
                Samples.resume(),
                new BuildOptions(Paper.LETTER, Instant.parse("2026-01-01T00:00:00Z")),
                "Tushar-Resume");
    pdf =
        built.documents().stream()
            .filter(d -> d.kind().equals("resume.pdf"))
            .findFirst()
            .orElseThrow()
            .bytes();
    ResumeView view = built.fittedView();
    List<String> strings = ViewText.of(view);
    text = new Expectation(1, strings, false);
    fields = new Expectation(1, strings, false, ResumeFields.of(view));
  }

  /** The read-back without fields: pages, fonts, links, every string in stream order. */
  @Benchmark
  public CheckReport text() {
    return PdfCheck.check("Tushar-Resume.pdf", pdf, text);
  }

  /** The read-back a build does: the same, and every field read back as a parser reads it. */
  @Benchmark
  public CheckReport withFields() {
    return PdfCheck.check("Tushar-Resume.pdf", pdf, fields);
  }
}
