package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.check.CheckReport;
import dev.vitae.check.Expectation;
import dev.vitae.check.ReadAs;
import dev.vitae.check.ReadBack;
import dev.vitae.view.Paper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file read back before is not read again; any change of name, bytes or expectation is. */
class ReadBacksTest {

  private final byte[] pdf =
      BaseDocuments.create()
          .resume(
              Samples.resume(),
              new BuildOptions(Paper.LETTER, Instant.parse("2026-01-01T00:00:00Z")),
              "r")
          .documents()
          .get(0)
          .bytes();
  private final ReadBack twoNames =
      new ReadBack(ReadAs.PDF, new Expectation(1, List.of("Tushar", "Nobody Else")));

  private static final Verified NONE = Verified.none();

  @Test
  void theSameFileGetsTheReportOfItsFirstReading() {
    ReadBacks memory = new ReadBacks();
    CheckReport first = memory.check(twoNames, "r.pdf", pdf, NONE);
    assertThat(first.problems()).anyMatch(p -> p.contains("Nobody Else"));
    assertThat(memory.check(twoNames, "r.pdf", pdf.clone(), NONE)).isSameAs(first);
  }

  @Test
  void otherBytesANameOrAnExpectationAreReadAgain() {
    ReadBacks memory = new ReadBacks();
    CheckReport first = memory.check(twoNames, "r.pdf", pdf, NONE);
    ReadBack oneName = new ReadBack(ReadAs.PDF, new Expectation(1, List.of("Tushar")));
    assertThat(memory.check(oneName, "r.pdf", pdf, NONE)).isEqualTo(oneName.check("r.pdf", pdf));
    assertThat(memory.check(oneName, "r.pdf", pdf, NONE).problems()).isEmpty();
    assertThat(memory.check(twoNames, "other.pdf", pdf, NONE).file()).isEqualTo("other.pdf");
    byte[] cut = java.util.Arrays.copyOf(pdf, pdf.length / 2);
    assertThat(memory.check(twoNames, "r.pdf", cut, NONE)).isEqualTo(twoNames.check("r.pdf", cut));
    assertThat(memory.check(twoNames, "r.pdf", cut, NONE)).isNotEqualTo(first);
  }
}
