package dev.vitae.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.model.Resume;
import dev.vitae.tailor.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What applying needs of the match: word forms, wishes weighing less, what to bring in. */
class MatchFormsTest {

  static final Resume SAMPLE = Samples.resume();

  static List<String> terms(String posting) {
    return Matcher.termsIn(posting, Dictionary.forResume(SAMPLE)).stream().map(Term::name).toList();
  }

  @Test
  void termsAreFoundInTheirOtherWordForms() {
    assertThat(terms("You will own the cache in front of our catalogue.")).contains("caching");
    assertThat(terms("We deploy twenty times a day.")).contains("deployment");
    assertThat(terms("Deployments are automated.")).contains("deployment");
    assertThat(terms("Run the background job that settles payments."))
        .contains("background jobs", "payments");
  }

  @Test
  void shortNamesStillMatchOnlyTheirCaseAndWholeWords() {
    assertThat(terms("We rest on Fridays and go home early; cached pages are fine."))
        .doesNotContain("REST APIs", "Go")
        .contains("caching");
    assertThat(terms("Deploying is easy.")).contains("deployment");
    assertThat(terms("Employment in Poland")).doesNotContain("deployment");
  }

  @Test
  void termsUnderNiceToHaveOrBonusOrAPlusWeighHalf() {
    String posting =
        """
        Requirements
        - Node.js and Redis in production.

        Nice to have
        - Kafka
        - Terraform

        What we offer
        - Kubernetes training.
        Bonus: Go.
        Experience with GraphQL is a plus.
        """;
    List<Term> found = Matcher.termsIn(posting, Dictionary.forResume(SAMPLE));
    assertThat(Matcher.wished(posting, found))
        .containsExactlyInAnyOrder("Kafka", "Terraform", "Go", "GraphQL");
    MatchReport base =
        Matcher.match(
            SAMPLE,
            Profile.of("", null, Profile.Flags.NONE),
            found,
            Matcher.wished(posting, found));
    assertThat(base.covered())
        .extracting(MatchReport.Hit::term)
        .containsExactly("Node.js", "Redis");
    assertThat(base.missing()).containsExactly("Kafka", "Terraform", "Kubernetes", "Go", "GraphQL");
    // covered: two requirements (2 + 2); missing: Kubernetes a requirement (2), four wishes (4)
    assertThat(base.coverage()).isEqualTo(40);
  }

  @Test
  void aTermBothRequiredAndWishedIsARequirement() {
    String posting = "Redis is required.\n\nNice to have\n- more Redis\n";
    List<Term> found = Matcher.termsIn(posting, Dictionary.forResume(SAMPLE));
    assertThat(Matcher.wished(posting, found)).isEmpty();
  }

  @Test
  void itNamesTheEntriesTaggedOutOfTheVariantThatHoldTheMissingTerms() {
    String posting = "We build ModMail tooling with Socket.IO and PayPal.";
    MatchReport platform =
        Matcher.match(
            SAMPLE,
            Profile.of("platform", SAMPLE.variants().get("platform"), Profile.Flags.NONE),
            Matcher.termsIn(posting, Dictionary.forResume(SAMPLE)));
    assertThat(platform.taggedOut()).contains("ModMail", "Socket.IO");
    assertThat(platform.bringIn())
        .contains(
            new MatchReport.BringIn(
                "skills: Real-time Systems",
                List.of("realtime", "trust-safety"),
                List.of("ModMail", "Socket.IO")));
    assertThat(MatchText.of(List.of(platform)))
        .contains(
            "  bring in skills: Real-time Systems (tags: realtime, trust-safety): ModMail,"
                + " Socket.IO\n");
  }
}
