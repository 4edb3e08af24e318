package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.StreamText;
import dev.vitae.model.Resume;
import dev.vitae.view.Paper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A diagram on a right-to-left page flows from the right: its first step stands rightmost, its
 * branches between their step and the next, and the read-back finds every box in step order.
 */
class RightToLeftDiagramTest {

  @Test
  void theFlowRunsFromTheRightAndReadsInStepOrder() {
    Resume r =
        Samples.load(
            "rtl-diagram.yaml",
            """
            basics:
              name: "דנה כהן"
            locale:
              language: he
            diagrams:
              - title: "שכבת מטמון"
                steps:
                  - name: "בקשה"
                    detail: "הזמנה"
                  - name: "Redis"
                    detail: "נתיב מהיר"
                    branches:
                      - name: "פגיעה"
                      - name: "החטאה"
                  - name: "רענון"
                    detail: "TTL"
            """
                .getBytes(StandardCharsets.UTF_8));
    BaseDocuments.DossierBuilt built =
        BaseDocuments.create().dossier(r, new BuildOptions(Paper.A4, Instant.EPOCH), "Dana");
    StreamText pdf = StreamText.of(SampleDossierTest.document(built, "dossier.pdf").bytes());
    List<StreamText.Item> items = pdf.items().get(pdf.items().size() - 1);
    float first = x(items, "01");
    float branch = x(items, "Redis");
    float last = x(items, "03");
    assertThat(first).as("step 01 right of step 02").isGreaterThan(branch);
    assertThat(branch).as("step 02 right of step 03").isGreaterThan(last);
  }

  private static float x(List<StreamText.Item> items, String text) {
    return items.stream()
        .filter(i -> i.text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no text item holds " + text + ": " + items))
        .x();
  }
}
