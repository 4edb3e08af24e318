package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.check.CheckReport;
import dev.vitae.pipeline.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a user reads when a written file does not read back as what it was made from. */
class ReadBackErrorsTest {

  static String printed(Problem p) {
    StringWriter s = new StringWriter();
    Errors.print(List.of(p), new PrintWriter(s));
    return s.toString();
  }

  static CheckReport failed(String file) {
    return new CheckReport(file, 0, 0, 100, List.of("\"Tushar\" is missing from the text"));
  }

  @Test
  void aWordCopyThatDoesNotReadBackIsNamedAndCalledABugInVitaeNotInATemplate() {
    Path out = Path.of("out");
    Path templates = Path.of("mine");

    assertThat(
            printed(
                new Problem.ReadBackFailed(
                    out,
                    List.of(failed("backend/Tushar-Resume-backend.docx")),
                    Optional.of(templates))))
        .isEqualTo(
            "vitae: error: "
                + out.resolve("backend/Tushar-Resume-backend.docx")
                + ": \"Tushar\" is missing from the text\n"
                + "  hint: the Word copies are written by vitae, not from a template: this is a bug"
                + " in vitae, not in your file; please report it\n");
    assertThat(
            printed(
                new Problem.ReadBackFailed(
                    out,
                    List.of(failed("Tushar-Resume.pdf"), failed("Tushar-Resume.docx")),
                    Optional.of(templates))))
        .contains("  hint: check your templates in " + templates);
  }
}
