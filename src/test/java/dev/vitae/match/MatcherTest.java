package dev.vitae.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.Plan;
import dev.vitae.tailor.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTest {

  static final Resume SAMPLE = Samples.resume();

  static String posting(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/postings", name));
  }

  static List<MatchReport> rank(String posting) {
    return Matcher.rank(SAMPLE, Plan.of(SAMPLE, List.of(), Profile.Flags.NONE).profiles(), posting);
  }

  static MatchReport report(List<MatchReport> reports, String variant) {
    return reports.stream().filter(r -> r.variant().equals(variant)).findFirst().orElseThrow();
  }

  @Test
  void backendPostingCoveredAndMissingTerms() throws IOException {
    List<MatchReport> reports = rank(posting("backend-payments.txt"));
    MatchReport backend = report(reports, "backend");
    assertThat(backend.covered())
        .extracting(MatchReport.Hit::term)
        .containsExactly(
            "payments",
            "REST APIs",
            "Node.js",
            "TypeScript",
            "PostgreSQL",
            "Redis",
            "caching",
            "AWS",
            "Amazon S3",
            "event-driven",
            "observability");
    assertThat(backend.covered())
        .contains(
            new MatchReport.Hit("payments", "work: Software Developer — Magnolia Pearl"),
            new MatchReport.Hit("AWS", "skills: Cloud & Infrastructure"));
    assertThat(backend.missing())
        .containsExactly(
            "ECS",
            "Amazon SQS",
            "Terraform",
            "Kafka",
            "Datadog",
            "OpenTelemetry",
            "incident response",
            "Go",
            "Kubernetes",
            "GraphQL");
    assertThat(backend.taggedOut()).isEmpty();
    // "Experience with Kafka … and on-call is a plus." and "Bonus: Go, Kubernetes, GraphQL." are
    // wishes, weighing half: covered 9 requirements and 2 wishes (20), missing 3 requirements and
    // 7 wishes (13): 20 of 33
    assertThat(backend.wished())
        .containsExactly(
            "Kafka",
            "event-driven",
            "observability",
            "Datadog",
            "OpenTelemetry",
            "incident response",
            "Go",
            "Kubernetes",
            "GraphQL");
    assertThat(backend.coverage()).isEqualTo(61);
  }

  @Test
  void termsAVariantTagsOutAreReportedAsSuch() {
    MatchReport platform =
        Matcher.match(
            SAMPLE,
            Profile.of("platform", SAMPLE.variants().get("platform"), Profile.Flags.NONE),
            Matcher.termsIn("We use PayPal and ModMail.", Dictionary.forResume(SAMPLE)));
    assertThat(platform.taggedOut()).containsExactly("ModMail");
    assertThat(platform.covered())
        .containsExactly(
            new MatchReport.Hit("PayPal", "work: Software Developer — Magnolia Pearl"));
  }

  @Test
  void trustAndSafetyPostingRanksTheRealtimeVariantAboveBackend() throws IOException {
    List<MatchReport> reports = rank(posting("trust-safety.txt"));
    MatchReport realtime = report(reports, "realtime");
    assertThat(realtime.covered())
        .extracting(MatchReport.Hit::term)
        .contains("trust and safety", "real-time", "moderation", "MongoDB", "Socket.IO", "Python");
    assertThat(reports.indexOf(realtime)).isLessThan(reports.indexOf(report(reports, "backend")));
    assertThat(realtime.missing()).contains("WebSockets");
  }

  @Test
  void proseWordsDoNotCountAsTechnologies() throws IOException {
    MatchReport base = report(rank(posting("frontend.txt")), "base");
    assertThat(base.covered()).isEmpty();
    assertThat(base.missing()).containsExactly("React", "Next.js", "Vue");
  }

  @Test
  void theReportIsDeterministic() throws IOException {
    assertThat(rank(posting("backend-payments.txt")))
        .isEqualTo(rank(posting("backend-payments.txt")));
  }
}
