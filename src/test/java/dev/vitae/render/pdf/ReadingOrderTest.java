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
import dev.vitae.view.Entry;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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

  record Built(Resume tailored, ResumeView view, VariantBuild build) {

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
    Vitae vitae = Vitae.create(Optional.empty(), FontSet.shipped());
    List<Profile> profiles =
        new ArrayList<>(Plan.of(SAMPLE, List.of(), Profile.Flags.NONE).profiles());
    profiles.add(
        Profile.of(
            "classic",
            null,
            new Profile.Flags(List.of(), List.of(), List.of(), List.of(), "classic")));
    for (Profile p : profiles) {
      Resume tailored = Tailor.apply(SAMPLE, p);
      BUILDS.put(
          p.name(),
          new Built(
              tailored,
              Vitae.resumeView(tailored, p.variant(), Paper.LETTER),
              vitae.build(SAMPLE, p, OPTIONS, Outputs.SHIPPED)));
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

  @Test
  void theDossierMetricCardsReadOneCardAtATime() {
    String cover = StreamText.flat(BUILDS.get("").pdf("dossier.pdf").pages().get(0));
    for (var m : SAMPLE.metrics()) {
      assertThat(cover).contains(m.value() + " " + m.label() + " " + m.context());
    }
  }

  @Test
  void aHyphenatedWordIsNeverBrokenAtItsHyphen() {
    for (Built b : BUILDS.values()) {
      for (String kind : List.of("resume.pdf", "dossier.pdf")) {
        for (String page : b.pdf(kind).pages()) {
          assertThat(page.lines()).noneMatch(l -> l.strip().matches(".*\\p{L}-"));
        }
      }
    }
    assertThat(BUILDS.get("").pdf("dossier.pdf").flat()).contains("and logistics-side service");
  }

  @Test
  void eachFieldIsATextItemOfItsOwn() {
    for (var e : BUILDS.entrySet()) {
      ResumeView view = e.getValue().view();
      List<String> items = e.getValue().pdf("resume.pdf").itemTexts();
      List<String> fields = new ArrayList<>();
      fields.add(view.name());
      view.contacts().forEach(c -> fields.add(c.text()));
      for (Section s : view.sections()) {
        if (s.kind().equals("entries")) {
          for (Entry en : s.entries()) {
            fields.addAll(List.of(en.title(), en.org(), en.dates(), en.details(), en.place()));
          }
        }
      }
      assertThat(items)
          .as(e.getKey())
          .containsAll(fields.stream().filter(f -> !f.isBlank()).toList());
    }
  }

  @Test
  void sectionHeadingsAreBoldCapitalsAloneOnTheirLine() {
    for (var e : BUILDS.entrySet()) {
      List<StreamText.Item> items = e.getValue().pdf("resume.pdf").items().get(0);
      for (Section s : e.getValue().view().sections()) {
        assertThat(s.heading()).isEqualTo(s.title().toUpperCase(java.util.Locale.ENGLISH));
        StreamText.Item heading =
            items.stream()
                .filter(i -> i.text().strip().equals(s.heading()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(e.getKey() + ": no item " + s.heading()));
        assertThat(heading.bold()).as(heading.toString()).isTrue();
        assertThat(items)
            .as("%s: the line of %s", e.getKey(), s.heading())
            .filteredOn(i -> Math.abs(i.y() - heading.y()) < 1)
            .containsExactly(heading);
      }
    }
  }

  @Test
  void entriesStandApartByAtLeastOneAndAHalfLineGaps() {
    for (var e : BUILDS.entrySet()) {
      List<StreamText.Item> items = e.getValue().pdf("resume.pdf").items().get(0);
      List<Float> baselines =
          items.stream().map(i -> (float) Math.round(i.y() * 10) / 10).distinct().sorted().toList();
      float common = commonGap(baselines);
      for (Section s : e.getValue().view().sections()) {
        if (!s.kind().equals("entries")) {
          continue;
        }
        for (Entry en : s.entries().subList(1, s.entries().size())) {
          float title =
              items.stream()
                  .filter(i -> i.text().strip().equals(en.title()))
                  .findFirst()
                  .orElseThrow()
                  .y();
          float above =
              baselines.stream().filter(y -> y < title - 0.5f).reduce((a, b) -> b).orElseThrow();
          assertThat(title - above)
              .as("%s: %s, common line gap %s", e.getKey(), en.title(), common)
              .isGreaterThanOrEqualTo(1.5f * common);
        }
      }
    }
  }

  /** The distance between baselines that occurs most often, to the half point. */
  private static float commonGap(List<Float> baselines) {
    Map<Float, Integer> counts = new HashMap<>();
    for (int i = 1; i < baselines.size(); i++) {
      counts.merge(Math.round((baselines.get(i) - baselines.get(i - 1)) * 2) / 2f, 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
