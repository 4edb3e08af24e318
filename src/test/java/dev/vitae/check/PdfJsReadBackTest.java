package dev.vitae.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's résumés as pdf.js reads them, beside the same reading done with PDFBox. */
class PdfJsReadBackTest {

  static List<AtsBuilds.Built> sample = new ArrayList<>();

  @BeforeAll
  static void build() throws Exception {
    Path out = Files.createTempDirectory("vitae-pdfjs");
    for (String theme : List.of("modern", "classic")) {
      AtsBuilds.run(Samples.SAMPLE, out.resolve(theme), "--only", "resume", "--theme", theme);
      AtsBuilds.run(
          Samples.SAMPLE,
          out.resolve(theme),
          "--only",
          "resume",
          "--theme",
          theme,
          "--variant",
          "backend",
          "--variant",
          "platform",
          "--variant",
          "realtime");
      sample.addAll(AtsBuilds.collect(Samples.SAMPLE, out.resolve(theme)));
    }
  }

  @Test
  void theSampleIsBuiltInEveryVariantAndBothThemes() {
    assertThat(sample)
        .extracting(AtsBuilds.Built::file)
        .containsExactlyInAnyOrder(
            "modern/Tushar-Resume.pdf",
            "modern/backend/Tushar-Resume-backend.pdf",
            "modern/platform/Tushar-Resume-platform.pdf",
            "modern/realtime/Tushar-Resume-realtime.pdf",
            "classic/Tushar-Resume.pdf",
            "classic/backend/Tushar-Resume-backend.pdf",
            "classic/platform/Tushar-Resume-platform.pdf",
            "classic/realtime/Tushar-Resume-realtime.pdf");
  }

  @Test
  void pdfJsAndPdfBoxGiveTheSameItemsAndSoTheSameResume() throws Exception {
    PdfJs.assumeInstalled();
    for (AtsBuilds.Built b : sample) {
      AtsResume byPdfJs = AtsCheck.read(PdfJs.items(b.pdf()));
      assertThat(AtsCheck.read(b.pdf())).as(b.file()).isEqualTo(byPdfJs);
      assertThat(byPdfJs.name()).as(b.file()).isEqualTo("Tushar");
    }
  }
}
