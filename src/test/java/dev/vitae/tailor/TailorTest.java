package dev.vitae.tailor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.model.DocumentKind;
import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import java.util.List;
import org.junit.jupiter.api.Test;

class TailorTest {

  static final Resume SAMPLE = Samples.resume();

  static Profile variant(String name) {
    return Profile.of(name, SAMPLE.variants().get(name), Profile.Flags.NONE);
  }

  static List<String> bullets(Resume r) {
    return r.work().stream().flatMap(w -> w.highlights().stream()).map(Item::text).toList();
  }

  @Test
  void tailoringIsPureAndIdempotent() {
    for (String name : SAMPLE.variants().keySet()) {
      Profile p = variant(name);
      Resume once = Tailor.apply(SAMPLE, p);
      assertThat(Tailor.apply(SAMPLE, p)).isEqualTo(once);
      assertThat(Tailor.apply(once, p)).isEqualTo(once);
    }
  }

  @Test
  void theBaseProfileChangesNothing() {
    assertThat(Tailor.apply(SAMPLE, Profile.of("", null, Profile.Flags.NONE))).isEqualTo(SAMPLE);
  }

  @Test
  void includeKeepsMatchingAndUntaggedEntriesAndKeepsEveryJob() {
    Resume platform = Tailor.apply(SAMPLE, variant("platform"));
    assertThat(platform.work()).hasSameSizeAs(SAMPLE.work());
    assertThat(platform.systems())
        .allMatch(
            s ->
                s.tags().isEmpty()
                    || s.tags().stream()
                        .anyMatch(List.of("platform", "infra", "observability", "data")::contains));
    assertThat(bullets(platform))
        .doesNotContain(
            "Integrated Slack, Telegram, and Discord APIs for automated notifications and workflows.");
    assertThat(platform.skills()).extracting(g -> g.name()).contains("Languages");
  }

  @Test
  void aVariantLeadsEachListWithWhatCarriesItsTagsAndKeepsTheTimelineInOrder() {
    Resume r =
        Samples.load(
            "lead.yaml",
            """
            basics:
              name: Ada
            work:
              - name: Old
                position: A
                startDate: "2019-01"
                tags: [x]
              - name: New
                position: B
                startDate: "2021-01"
                highlights:
                  - "untagged one"
                  - text: "tagged x"
                    tags: [x]
                  - "untagged two"
                  - text: "tagged y"
                    tags: [y]
            skills:
              - name: General
                keywords: [a]
              - name: X things
                keywords: [b]
                tags: [x]
            variants:
              x:
                include: [x]
            """
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Resume x = Tailor.apply(r, Profile.of("x", r.variants().get("x"), Profile.Flags.NONE));
    assertThat(x.work()).extracting(w -> w.name()).containsExactly("Old", "New");
    assertThat(x.work().get(1).highlights())
        .extracting(Item::text)
        .containsExactly("tagged x", "untagged one", "untagged two");
    assertThat(x.skills()).extracting(g -> g.name()).containsExactly("X things", "General");
    assertThat(Tailor.apply(r, Profile.of("", null, Profile.Flags.NONE)).work().get(1).highlights())
        .extracting(Item::text)
        .containsExactly("untagged one", "tagged x", "untagged two", "tagged y");
  }

  /** The measured points: each sample variant keeps and leads with what its role seeks. */
  @Test
  void eachSampleVariantLeadsWithWhatItsRoleLooksFor() {
    Resume backend = Tailor.apply(SAMPLE, variant("backend"));
    Resume platform = Tailor.apply(SAMPLE, variant("platform"));
    Resume realtime = Tailor.apply(SAMPLE, variant("realtime"));
    assertThat(backend.work().get(1).highlights().get(0).text())
        .startsWith("Led development of scalable REST APIs for the ONDC initiative");
    assertThat(backend.metrics())
        .extracting(m -> m.value())
        .containsExactly("200k+", "+30%", "~70%");
    assertThat(bullets(realtime))
        .contains("Implemented Redis-based caching, reducing API response times by roughly 70%.");
    assertThat(realtime.skills()).extracting(g -> g.name()).contains("Databases & Caching");
    assertThat(realtime.metrics()).extracting(m -> m.value()).startsWith("100k+", "200k+");
    assertThat(platform.skills().stream().flatMap(g -> g.keywords().stream()).map(Item::text))
        .contains("Node.js", "REST APIs", "Microservices");
    assertThat(bullets(platform))
        .doesNotContain(
            "Assisted in developing and maintaining Node.js and PostgreSQL backend services.");
  }

  @Test
  void excludeWinsOverIncludeAndDropsWholeJobs() {
    Profile p =
        Profile.of(
            "",
            null,
            new Profile.Flags(List.of("backend"), List.of("commerce"), List.of(), List.of()));
    Resume r = Tailor.apply(SAMPLE, p);
    assertThat(r.work()).extracting(w -> w.name()).doesNotContain("Magnolia Pearl", "Shiprocket");
    assertThat(r.systems()).noneMatch(s -> s.tags().contains("commerce"));
  }

  @Test
  void limitsKeepTheHighestPriorityThenTheWrittenOrder() {
    var items =
        List.of(
            Item.of("a"), new Item("b", List.of(), 5), Item.of("c"), new Item("d", List.of(), 5));
    assertThat(Tailor.limit(items, 2)).extracting(Item::text).containsExactly("b", "d");
    assertThat(Tailor.limit(items, 3)).extracting(Item::text).containsExactly("a", "b", "d");
    var v =
        new dev.vitae.model.Variant(
            null, null, null, List.of(), List.of(), List.of(), 2, 1, 3, List.of(), List.of(), null,
            null, null);
    Resume r = Tailor.apply(SAMPLE, Profile.of("small", v, Profile.Flags.NONE));
    assertThat(r.work()).hasSize(2).allMatch(w -> w.highlights().size() == 1);
    assertThat(r.skills()).allMatch(g -> g.keywords().size() <= 3);
  }

  @Test
  void overridesAndFlagsWinOverTheYaml() {
    Profile p =
        Profile.of(
            "backend",
            SAMPLE.variants().get("backend"),
            new Profile.Flags(
                List.of("realtime"),
                List.of(),
                List.of("resume"),
                List.of(
                    new Assignment("basics.label", "Platform Engineer"),
                    new Assignment("work[1].position", "Backend Engineer"))));
    Resume r = Tailor.apply(SAMPLE, p);
    assertThat(r.basics().label()).isEqualTo("Platform Engineer");
    assertThat(r.work().get(1).position()).isEqualTo("Backend Engineer");
    assertThat(p.variant().include()).containsExactly("realtime");
    assertThat(p.variant().documents()).containsExactly(DocumentKind.RESUME);
    assertThat(SAMPLE.work().get(1).position()).isEqualTo("Graduate Engineer Trainee");
  }

  @Test
  void aTaggedBulletIsKeptOrDroppedByTheSameRuleWhereverItIs() {
    Resume r =
        Samples.load(
            "resume.yaml",
            """
            basics:
              name: Ada
            projects:
              - name: P
                highlights:
                  - {text: kept, tags: [x]}
                  - {text: dropped, tags: [y]}
            volunteer:
              - organization: V
                highlights:
                  - {text: kept too, tags: [x]}
                  - {text: dropped too, tags: [z]}
            """
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Vocabulary.tags(r)).containsExactly("x", "y", "z");
    Resume x =
        Tailor.apply(
            r,
            Profile.of("", null, new Profile.Flags(List.of("x"), List.of(), List.of(), List.of())));
    assertThat(x.projects().get(0).highlights()).extracting(Item::text).containsExactly("kept");
    assertThat(x.volunteer().get(0).highlights())
        .extracting(Item::text)
        .containsExactly("kept too");
  }
}
