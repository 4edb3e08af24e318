package dev.vitae.fit;

import dev.vitae.Samples;
import dev.vitae.model.Resume;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Résumés made up for fitting tests, as YAML text, from a short one to one far too long. */
public final class Inputs {

  private static final String[] VERBS = {
    "Built",
    "Designed",
    "Led",
    "Cut",
    "Migrated",
    "Automated",
    "Owned",
    "Shipped",
    "Scaled",
    "Rewrote"
  };
  private static final String[] THINGS = {
    "the order ingestion pipeline for partner marketplaces",
    "a Redis-backed cache in front of the pricing API",
    "the on-call runbooks and alerting for payment services",
    "event-driven billing jobs with idempotent retries",
    "a PostgreSQL schema migration without downtime",
    "the audit log service used by support and compliance",
    "search indexing for moderation queues",
    "a rate limiter shared by every public endpoint",
  };
  private static final String[] OUTCOMES = {
    "reducing p95 latency by 40%.",
    "serving 200k+ events a day.",
    "so that releases went out twice as often.",
    "which removed a class of duplicate-charge incidents.",
    "cutting infrastructure cost by a fifth while traffic doubled.",
    "and wrote the design note other teams now follow.",
  };

  private Inputs() {}

  /**
   * {@code jobs} jobs of {@code bullets} bullets, newest first; bullets listed in {@code high} get
   * priority 9.
   */
  public static String yaml(int jobs, int bullets, Set<String> high) {
    StringBuilder y = new StringBuilder();
    y.append(
        """
        basics:
          name: "Ada Example"
          label: "Backend Engineer"
          email: "ada@example.com"
          url: "https://ada.example.com"
          summary: "Backend engineer who builds APIs, event pipelines and the tooling that keeps them running."
          profiles:
            - network: "GitHub"
              url: "https://github.example.com/ada"
        skills:
          - name: "Languages"
            keywords: ["Java", "Go", "TypeScript", "SQL"]
          - name: "Infrastructure"
            keywords: ["PostgreSQL", "Redis", "Kafka", "Kubernetes", "AWS"]
        education:
          - institution: "Example University"
            studyType: "BSc"
            area: "Computer Science"
            startDate: '2008-09'
            endDate: '2012-06'
        awards:
          - title: "Engineering Excellence Award"
            awarder: "Example Corp"
            date: '2020-05'
          - title: "Hackathon, first place"
            awarder: "City Hack"
            date: '2016-10'
        work:
        """);
    for (int j = 0; j < jobs; j++) {
      int year = 2025 - j;
      y.append("  - name: \"Company ").append(j + 1).append("\"\n");
      y.append("    position: \"")
          .append(j == 0 ? "Staff Engineer" : "Software Engineer " + (jobs - j))
          .append("\"\n");
      y.append("    startDate: '").append(year - 1).append("-03'\n");
      y.append("    endDate: ").append(j == 0 ? "present" : "'" + year + "-02'").append('\n');
      y.append("    location: \"Remote\"\n");
      if (bullets > 0) {
        y.append("    highlights:\n");
      }
      for (int b = 0; b < bullets; b++) {
        String text = bullet(j, b);
        if (high.contains(j + "." + b)) {
          y.append("      - text: \"").append(text).append("\"\n        priority: 9\n");
        } else {
          y.append("      - \"").append(text).append("\"\n");
        }
      }
    }
    return y.toString();
  }

  /** The text of bullet {@code b} of job {@code j}: unique, a line or two long. */
  public static String bullet(int j, int b) {
    int n = j * 31 + b * 7;
    return VERBS[n % VERBS.length]
        + " "
        + THINGS[(j + b) % THINGS.length]
        + " (J"
        + (j + 1)
        + "B"
        + (b + 1)
        + "), "
        + OUTCOMES[(n / 3) % OUTCOMES.length];
  }

  /** {@link #yaml} with interests and one volunteering entry, the sections a fit drops first. */
  public static Resume withMinorSections(int jobs, int bullets) {
    String y =
        yaml(jobs, bullets, Set.of())
            + "interests:\n  - name: Climbing\n  - name: Chess\n"
            + "volunteer:\n  - organization: Code Club\n    position: Mentor\n"
            + "    highlights: [\"Taught Python to 12 children\"]\n";
    return Samples.load("minor.yaml", y.getBytes(StandardCharsets.UTF_8));
  }

  public static Resume resume(int jobs, int bullets, Set<String> high) {
    return Samples.load(
        "generated.yaml", yaml(jobs, bullets, high).getBytes(StandardCharsets.UTF_8));
  }
}
