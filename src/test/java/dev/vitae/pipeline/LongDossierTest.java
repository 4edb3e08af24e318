package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfPages;
import dev.vitae.Samples;
import dev.vitae.model.Resume;
import dev.vitae.view.Paper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample with some texts made many times longer (a problem statement, a note longer than a
 * page, a principle, a diagram summary), so that paragraphs, notes and parts break across pages:
 * the page breaks must stay good and nothing may be lost.
 */
class LongDossierTest {

  static Resume resume;
  static final Map<Paper, PdfPages> PAGES = new EnumMap<>(Paper.class);
  static final Map<Paper, byte[]> BYTES = new EnumMap<>(Paper.class);

  static String longer(String yaml, String text, int times) {
    assertThat(yaml).contains(text);
    return yaml.replace(text, String.join(" ", java.util.Collections.nCopies(times, text)));
  }

  @BeforeAll
  static void build() {
    String yaml = new String(Samples.bytes(), StandardCharsets.UTF_8);
    yaml =
        longer(
            yaml,
            "Large Discord communities need message activity, moderation actions, and voice "
                + "events to be ingested, searched, and explained fast enough for live operators.",
            14);
    yaml =
        longer(
            yaml,
            "The cache has to make ownership explicit: what is authoritative, how entries "
                + "expire, which paths can tolerate stale reads, and what operators should inspect when behavior diverges.",
            25);
    yaml =
        longer(
            yaml,
            "Production code should make failure visible. I prefer explicit state transitions, "
                + "durable logs, defensive integrations, and workflows that can be retried safely.",
            9);
    yaml =
        longer(
            yaml,
            "Cache hot reads close to the API while keeping source-of-truth ownership and "
                + "invalidation rules explicit.",
            3);
    resume = Samples.load("long.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    BaseDocuments vitae = BaseDocuments.create();
    for (Paper paper : Paper.values()) {
      var built = vitae.dossier(resume, new BuildOptions(paper, Instant.EPOCH), "Tushar-Dossier");
      PAGES.put(paper, PdfPages.of(built.documents().get(0).bytes(), resume.basics().name()));
      BYTES.put(paper, built.documents().get(0).bytes());
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void pageBreaksStayGood(Paper paper) {
    PdfPages pdf = PAGES.get(paper);
    assertThat(pdf.count()).isGreaterThan(12);
    DossierChecks.noHeadingEndsAPage(resume, pdf);
    DossierChecks.contentsMatchHeadings(resume, pdf);
    DossierChecks.dossiersStartPages(resume, pdf);
    DossierChecks.diagramsWholeAndInOrder(resume, BYTES.get(paper));
    DossierChecks.runningHeadersAndFooters(resume, pdf);
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void nothingIsLost(Paper paper) {
    DossierChecks.carriesEverySeed(resume, PAGES.get(paper), BYTES.get(paper));
  }
}
