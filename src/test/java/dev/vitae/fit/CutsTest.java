package dev.vitae.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.model.Resume;
import dev.vitae.view.Emphasis;
import dev.vitae.view.Line;
import dev.vitae.view.Paper;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ResumeViews;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order in which content may be left out, and what is never left out. No layout here. */
class CutsTest {

  static ResumeView view(Resume r) {
    return ResumeViews.of(r, ResumeViews.DEFAULT_ORDER, Emphasis.NONE, Paper.LETTER);
  }

  static List<String> refs(ResumeView v) {
    return Cuts.candidates(v).stream().map(Cut::ref).toList();
  }

  @Test
  void
      extraBulletsFirstThenLesserEntriesThenMinorSectionsThenOldJobsToTheirHeadingThenOldJobsThenSecondBullets() {
    List<String> refs = refs(view(Inputs.resume(3, 4, Set.of())));
    assertThat(refs)
        .containsExactly(
            // 1. bullets beyond the second, oldest job first, last bullet first
            "work[2].highlights[3]",
            "work[2].highlights[2]",
            "work[1].highlights[3]",
            "work[1].highlights[2]",
            "work[0].highlights[3]",
            "work[0].highlights[2]",
            // 2. entries beyond the first of other sections
            "awards[1]",
            // 3. minor sections whole, before any job loses a line of its own
            "awards[0]",
            // 4. old jobs shortened to their heading, oldest first
            "work[2].highlights[1]",
            "work[2].highlights[0]",
            "work[1].highlights[1]",
            "work[1].highlights[0]",
            // 5. jobs beyond the newest, oldest first
            "work[2]",
            "work[1]",
            // 6. second bullets of what is left
            "work[0].highlights[1]");
  }

  @Test
  void theHeadlineIsTheFirstThingLeftOutAndOnlyItGoes() {
    ResumeView v = view(dev.vitae.Samples.resume());
    assertThat(v.headline())
        .isEqualTo(
            "Building backend systems, event-driven infrastructure, and operational tooling at scale.");
    List<Cut> cuts = Cuts.candidates(v);
    assertThat(cuts.get(0).ref()).isEqualTo("basics.headline");
    assertThat(cuts.get(0).name()).isEqualTo("basics.headline \"Building backend…\"");
    ResumeView without = Cuts.apply(v, cuts, 1);
    assertThat(without.headline()).isEmpty();
    assertThat(without.sections()).isEqualTo(v.sections());
    assertThat(refs(view(Inputs.resume(3, 4, Set.of())))).doesNotContain("basics.headline");
  }

  @Test
  void interestsAndVolunteeringGoWholeBeforeAnyJobIsShortened() {
    ResumeView v = view(Inputs.withMinorSections(2, 2));
    List<Cut> cuts = Cuts.candidates(v);
    List<String> refs = cuts.stream().map(Cut::ref).toList();
    assertThat(refs.indexOf("interests")).isGreaterThanOrEqualTo(0);
    assertThat(refs.indexOf("volunteer[0]")).isGreaterThanOrEqualTo(0);
    int firstJobLine = refs.indexOf("work[1].highlights[1]");
    assertThat(refs.indexOf("interests")).isLessThan(firstJobLine);
    assertThat(refs.indexOf("volunteer[0]")).isLessThan(firstJobLine);
    assertThat(cuts.get(refs.indexOf("interests")).name())
        .isEqualTo("interests \"Climbing, Chess\": whole section");
    ResumeView without = Cuts.apply(v, cuts, refs.indexOf("interests") + 1);
    assertThat(without.sections()).extracting(s -> s.key()).doesNotContain("interests");
  }

  @Test
  void lowerPriorityGoesFirstAndTheHighestPriorityNeverGoes() {
    // job 1's fourth bullet has priority 9 (the highest): it and its job stay; nothing else has one
    ResumeView v = view(Inputs.resume(3, 4, Set.of("1.3")));
    List<String> refs = refs(v);
    assertThat(refs)
        .doesNotContain("work[1].highlights[3]", "work[1]")
        .contains("work[2]", "work[1].highlights[2]");
    assertThat(Cuts.candidates(v)).allMatch(c -> c.priority() < 9);
  }

  @Test
  void anExplicitLowPriorityIsDroppedBeforeEverythingOfNormalPriority() {
    String yaml =
        Inputs.yaml(2, 3, Set.of())
            .replace(
                "\"" + Inputs.bullet(0, 0) + "\"",
                "{text: \"" + Inputs.bullet(0, 0) + "\", priority: -1}");
    List<String> refs =
        refs(
            view(
                dev.vitae.Samples.load(
                    "low.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(refs.get(0)).isEqualTo("work[0].highlights[0]");
  }

  @Test
  void withoutExplicitPrioritiesNothingIsProtectedButTheFixedParts() {
    ResumeView v = view(Inputs.resume(2, 3, Set.of()));
    assertThat(Cuts.candidates(v)).extracting(Cut::priority).containsOnly(0);
    assertThat(refs(v)).doesNotContain("work[0]", "work[0].highlights[0]", "education[0]");
  }

  @Test
  void applyingCutsBuildsANewViewAndLeavesTheOldOneAlone() {
    ResumeView v = view(Inputs.resume(3, 4, Set.of()));
    List<Cut> cuts = Cuts.candidates(v);
    // six bullets, both awards, the oldest job's two bullets, then the oldest job
    ResumeView cut = Cuts.apply(v, cuts, 13);
    var work =
        cut.sections().stream().filter(s -> s.key().equals("work")).findFirst().orElseThrow();
    assertThat(work.entries()).extracting(e -> e.ref()).containsExactly("work[0]", "work[1]");
    assertThat(work.entries().get(0).bullets())
        .extracting(Line::ref)
        .containsExactly("work[0].highlights[0]", "work[0].highlights[1]");
    assertThat(work.entries().get(1).bullets()).isEmpty();
    assertThat(cut.sections()).extracting(s -> s.key()).doesNotContain("awards");
    assertThat(
            v.sections().stream()
                .filter(s -> s.key().equals("work"))
                .findFirst()
                .orElseThrow()
                .entries())
        .hasSize(3);
    assertThat(Cuts.apply(v, cuts, 0)).isSameAs(v);
  }

  @Test
  void namesReadLikeTheSource() {
    ResumeView v = view(dev.vitae.Samples.resume());
    assertThat(Cuts.candidates(v).get(1).name())
        .isEqualTo(
            "work[3] \"Backend Developer Intern — Gocal\": bullet 3 \"Implemented JWT-based…\"");
  }
}
