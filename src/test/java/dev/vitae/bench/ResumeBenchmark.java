package dev.vitae.bench;

import dev.vitae.Samples;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.BaseDocuments;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.pipeline.Vitae;
import dev.vitae.view.Paper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

  private BaseDocuments vitae;
  private Resume resume;
  private Resume rightToLeft;
  private final BuildOptions options =
      new BuildOptions(Paper.LETTER, Instant.parse("2026-01-01T00:00:00Z"));

  @Setup
  public void setUp() {
    vitae = BaseDocuments.create();
    resume = Samples.resume();
    rightToLeft = Samples.load("resume.yaml", RIGHT_TO_LEFT.getBytes(StandardCharsets.UTF_8));
  }

  /** A Hebrew and Arabic résumé: every line is shaped or reordered (see RightToLeftTest). */
  static final String RIGHT_TO_LEFT =
      """
      basics:
        name: דנה כהן
        label: مهندسة برمجيات أولى
        summary: מהנדסת תוכנה עם עשר שנות ניסיון בבניית מערכות מבוזרות (Kafka, PostgreSQL) בקנה מידה גדול, המובילה צוותים ומלמדת אחרים לכתוב קוד נקי ובדוק.
      work:
        - name: אקמה בע"מ
          position: מהנדסת בכירה
          startDate: 2019-03
          highlights:
            - הובילה את המעבר ל-Kafka עם 40,000 הודעות בשנייה (שלב 2) ללא השבתה אחת במשך שלוש שנים.
            - بنيت منصة البيانات التي تخدم ١٢ فريقاً، وخفضت زمن الاستجابة بنسبة 35٪ في السنة الأولى.
            - כתבה את מדריך התורנות ואת מילון המונחים של הצוות, ולימדה אותו לכל מהנדס חדש.
        - name: شركة البيانات
          position: مهندسة برمجيات
          startDate: 2015-01
          endDate: 2019-02
          highlights:
            - صممت واجهات برمجية تخدم مليون طلب يومياً مع توفر بنسبة 99.95٪.
            - قادت فريقاً من خمسة مهندسين لنقل الخدمات إلى الحاويات.
      """;

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

  /**
   * The Hebrew and Arabic résumé: shaping, per-line reordering, the Arabic Unicode map rewritten.
   */
  @Benchmark
  public Object rightToLeft() {
    return vitae.resume(rightToLeft, options, "Dana-Resume");
  }

  /** The one-page résumé: fit (several layouts), PDF bytes, text and Markdown. */
  @Benchmark
  public Object resume() {
    return vitae.resume(resume, options, "Tushar-Resume");
  }
}
