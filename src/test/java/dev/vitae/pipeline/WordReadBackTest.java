package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.WordCopies;
import dev.vitae.check.CheckReport;
import dev.vitae.model.DocumentKind;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.view.Line;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every build reads its Word copies back with POI, as it reads every PDF back: a Word copy that
 * does not hold every string of its view, in order, fails the build and nothing is written.
 */
class WordReadBackTest {

  @TempDir Path dir;

  /** The shipped résumé Word copy, with one of its bullets lost on the way, as a faulty writer. */
  record LosesABullet() implements Output {

    @Override
    public DocumentKind kind() {
      return WordCopy.RESUME.kind();
    }

    @Override
    public String stage() {
      return WordCopy.RESUME.stage();
    }

    @Override
    public Rendered render(Job job) {
      Rendered shipped = WordCopy.RESUME.render(job);
      Document d = shipped.documents().get(0);
      Document broken =
          new Document(
              d.fileName(),
              d.kind(),
              WordCopies.withoutParagraph(d.bytes(), bullet(job)),
              d.pages(),
              d.millis());
      return new Rendered(List.of(broken), shipped.readBack(), shipped.fit());
    }

    static String bullet(Job job) {
      return bullet(job.resumePdf().view());
    }

    static String bullet(ResumeView view) {
      return view.sections().stream()
          .flatMap(s -> s.entries().stream())
          .flatMap(e -> e.bullets().stream())
          .map(Line::plain)
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void theWordCopiesOfABuildAreReadBackAndPass() {
    BuildResult.Built built =
        Letters.built(
            Pipeline.shipped()
                .build(
                    Letters.request(
                        Samples.SAMPLE,
                        dir.resolve("out"),
                        Letters.cover(Letters.LETTER),
                        "resume",
                        "docx")));

    List<CheckReport> checks = built.builds().get(0).checks();
    assertThat(checks)
        .extracting(CheckReport::file)
        .containsExactly("Tushar-Resume.pdf", "Tushar-Resume.docx", "Tushar-Cover-Letter.docx");
    assertThat(checks).allMatch(CheckReport::ok);
    assertThat(built.builds().get(0).stages()).containsKeys("docx", "check");
  }

  @Test
  void aWordCopyWithABulletMissingFailsTheBuildAndNothingIsWritten() {
    Path out = dir.resolve("out");
    BuildResult result =
        new Pipeline(FontSet.shipped(), new Outputs(List.of(new ResumePdf(), new LosesABullet())))
            .build(
                Letters.request(
                    Samples.SAMPLE, out, Letters.cover(Letters.LETTER), "resume", "docx"));

    assertThat(result).isInstanceOf(BuildResult.Failed.class);
    List<Problem> problems = ((BuildResult.Failed) result).problems();
    assertThat(problems).singleElement().isInstanceOf(Problem.ReadBackFailed.class);
    Problem.ReadBackFailed failed = (Problem.ReadBackFailed) problems.get(0);
    assertThat(failed.failed())
        .singleElement()
        .extracting(CheckReport::file)
        .isEqualTo("Tushar-Resume.docx");
    String bullet =
        LosesABullet.bullet(
            BaseDocuments.create()
                .resume(Samples.resume(), new BuildOptions(Paper.LETTER, Instant.EPOCH), "x")
                .fittedView());
    assertThat(bullet).hasSizeGreaterThan(60);
    assertThat(failed.failed().get(0).problems())
        .containsExactly(
            "\"" + bullet.substring(0, 59) + "…\" is missing from the document's text");
    assertThat(out).doesNotExist();
  }
}
