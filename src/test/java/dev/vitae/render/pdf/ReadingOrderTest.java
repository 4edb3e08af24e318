package dev.vitae.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.StreamText;
import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.BuildOptions;
import dev.vitae.pipeline.Document;
import dev.vitae.pipeline.Outputs;
import dev.vitae.pipeline.Plan;
import dev.vitae.pipeline.VariantBuild;
import dev.vitae.pipeline.Vitae;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import dev.vitae.view.Paper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample's PDFs (base, every variant, the classic theme) read in content-stream order, as
 * pdf.js, Tika and PDFBox's default read them: every line in the order it is read.
 */
class ReadingOrderTest {

  static final BuildOptions OPTIONS =
      new BuildOptions(Paper.LETTER, Instant.parse("2026-01-01T00:00:00Z"));
  static final Resume SAMPLE = Samples.resume();

  /** A build per profile: the base, backend, platform, realtime, and the base in "classic". */
  static final Map<String, Built> BUILDS = new LinkedHashMap<>();

  record Built(Resume tailored, VariantBuild build) {

    StreamText pdf(String kind) {
      return StreamText.of(
          build.documents().stream()
              .filter(d -> d.kind().equals(kind))
              .map(Document::bytes)
              .findFirst()
              .orElseThrow());
    }
  }

  @BeforeAll
  static void build() {
    Vitae vitae = Vitae.create(Optional.empty());
    List<Profile> profiles =
        new ArrayList<>(Plan.of(SAMPLE, List.of(), Profile.Flags.NONE).profiles());
    profiles.add(
        Profile.of(
            "classic",
            null,
            new Profile.Flags(List.of(), List.of(), List.of(), Map.of(), "classic")));
    for (Profile p : profiles) {
      BUILDS.put(
          p.name(),
          new Built(Tailor.apply(SAMPLE, p), vitae.build(SAMPLE, p, OPTIONS, Outputs.SHIPPED)));
    }
  }

  @Test
  void everyBulletAndTheSummaryReadWholeWithTheirEmphasisInPlace() {
    assertThat(BUILDS.keySet()).contains("backend", "platform", "realtime", "classic");
    for (var e : BUILDS.entrySet()) {
      Built b = e.getValue();
      assertThat(b.build().fit().orElseThrow().dropped()).as(e.getKey()).isEmpty();
      String text = b.pdf("resume.pdf").flat();
      assertThat(text).as(e.getKey()).contains(StreamText.flat(b.tailored().basics().summary()));
      for (var w : b.tailored().work()) {
        for (Item h : w.highlights()) {
          assertThat(text).as(e.getKey()).contains("• " + StreamText.flat(h.text()));
        }
      }
    }
  }

  @Test
  void emphasisedWordsStandInTheirSentence() {
    String text = BUILDS.get("backend").pdf("resume.pdf").flat();
    assertThat(text)
        .contains(
            "• Implemented Redis-based caching, reducing API response times by roughly 70%.",
            "Backend & Frameworks: Node.js, Express.js, ASP.NET, Razor Pages, Spring Boot, REST APIs,"
                + " Microservices")
        .doesNotContain("70%.Redis");
  }

  @Test
  void theDossierFooterReadsPageXOfY() {
    StreamText dossier = BUILDS.get("").pdf("dossier.pdf");
    int pages = dossier.pages().size();
    assertThat(pages).isGreaterThan(2);
    for (int p = 2; p <= pages; p++) {
      assertThat(StreamText.flat(dossier.pages().get(p - 1)))
          .as("page %d", p)
          .contains("page %d of %d".formatted(p, pages));
    }
  }

  @Test
  void theDossierFocusListKeepsItsSeparatorsBetweenItsTerms() {
    String focus = String.join(" · ", SAMPLE.basics().focus().stream().map(Item::text).toList());
    assertThat(BUILDS.get("").pdf("dossier.pdf").flat()).contains(focus);
  }
}
