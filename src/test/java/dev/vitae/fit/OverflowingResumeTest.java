package dev.vitae.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.model.FitMode;
import dev.vitae.pipeline.BaseDocuments;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Résumés too long for one page even at 9 pt: a little (6 jobs × 5 bullets, 1.1 pages), a lot (12 ×
 * 6, 2 pages) and absurdly (40 × 15, 14 pages). Each comes out as exactly one page that says
 * precisely what was left out.
 */
class OverflowingResumeTest {

  /** Bullets given priority 9 (job.bullet, from 0): some in old jobs, beyond the second bullet. */
  static final Set<String> HIGH = Set.of("0.4", "3.2", "5.3", "11.5", "30.9");

  private static final Pattern BULLET =
      Pattern.compile("^work\\[(\\d+)] \"[^\"]*\": bullet (\\d+) \".*\"$");
  private static final Pattern ENTRY = Pattern.compile("^work\\[(\\d+)] \"[^\"]*\": whole entry$");

  @ParameterizedTest(name = "{0} jobs × {1} bullets")
  @CsvSource({"6, 5", "12, 6", "40, 15"})
  void comesOutAsOnePageThatShowsExactlyWhatWasNotDropped(int jobs, int bullets) {
    Set<String> high = relevant(jobs, bullets);
    BaseDocuments.Built built = Fitting.build(Inputs.resume(jobs, bullets, high), FitMode.DROP);
    byte[] pdf = Fitting.pdf(built);
    FitReport report = built.fit();

    assertThat(PdfReadback.of(pdf).pages()).isEqualTo(1);
    assertThat(report.layouts()).isBetween(1, OnePageFitter.MAX_LAYOUTS);
    assertThat(report.step()).isEqualTo(DensityLadder.TIGHTEST);
    assertThat(report.bodyPt()).isGreaterThanOrEqualTo(DensityLadder.FLOOR_PT);
    assertThat(report.dropped()).isNotEmpty().doesNotHaveDuplicates();
    assertThat(report.fill()).as("the page is used, not emptied").isGreaterThan(0.9);

    Set<String> gone = droppedBullets(report.dropped(), bullets);
    String text = Fitting.flatText(pdf);
    for (int j = 0; j < jobs; j++) {
      for (int b = 0; b < bullets; b++) {
        String marker = "(J" + (j + 1) + "B" + (b + 1) + ")";
        if (gone.contains(j + "." + b)) {
          assertThat(text).as("dropped bullet %s", marker).doesNotContain(marker);
        } else {
          assertThat(text).as("kept bullet %s", marker).contains(Inputs.bullet(j, b));
        }
      }
    }
    for (String h : high) {
      assertThat(gone).as("priority 9 bullet %s", h).doesNotContain(h);
    }
    assertThat(text)
        .startsWith(
            "Ada Example Backend Engineer ada@example.com · ada.example.com · github.example.com/ada")
        .contains(
            "SUMMARY",
            "Backend engineer who builds APIs",
            "SKILLS",
            "EDUCATION",
            "Example University",
            "Staff Engineer — Company 1");
  }

  @ParameterizedTest(name = "{0} jobs × {1} bullets")
  @CsvSource({"6, 5", "12, 6", "40, 15"})
  void bodyTypeIsNeverBelowTheFloor(int jobs, int bullets) {
    byte[] pdf =
        Fitting.pdf(
            Fitting.build(Inputs.resume(jobs, bullets, relevant(jobs, bullets)), FitMode.DROP));
    List<Fitting.PdfLine> body =
        Fitting.lines(pdf).stream().filter(l -> l.text().startsWith("•")).toList();
    assertThat(body).hasSizeGreaterThan(10);
    // set at the tightest density, so the floor itself: at least 8.9 pt, and the reading is no
    // larger
    assertThat(body).allSatisfy(l -> assertThat(l.smallestPt()).as(l.text()).isBetween(8.9f, 9.1f));
  }

  @ParameterizedTest(name = "{0} jobs × {1} bullets")
  @CsvSource({"6, 5", "12, 6", "40, 15"})
  void theSameInputGivesTheSameReportAndBytes(int jobs, int bullets) {
    BaseDocuments.Built a = Fitting.build(Inputs.resume(jobs, bullets, Set.of()), FitMode.DROP);
    BaseDocuments.Built b = Fitting.build(Inputs.resume(jobs, bullets, Set.of()), FitMode.DROP);
    assertThat(b.fit()).isEqualTo(a.fit());
    assertThat(Fitting.pdf(b)).isEqualTo(Fitting.pdf(a));
  }

  @org.junit.jupiter.api.Test
  void theReportNamesEachItemLeftOutOnceInTheOrderItWasDropped() {
    FitReport report = Fitting.build(Inputs.resume(12, 6, Set.of()), FitMode.DROP).fit();
    // the oldest job's last bullet goes first; the awards go whole before any job loses a line of
    // its own; the jobs older than the newest three keep their headings, so none goes whole
    assertThat(report.dropped().get(0))
        .isEqualTo("work[11] \"Software Engineer 1 — Company 12\": bullet 6 \"Owned the order…\"");
    assertThat(report.dropped())
        .containsSubsequence(
            "awards[1] \"Hackathon, first place — City Hack\": whole entry",
            "awards[0] \"Engineering Excellence Award — Example Corp\": whole entry",
            "work[11] \"Software Engineer 1 — Company 12\": bullet 2 \"Scaled a PostgreSQL…\"")
        .noneMatch(d -> d.startsWith("work[") && d.endsWith(": whole entry"))
        .doesNotHaveDuplicates();
    assertThat(report.lines().get(0))
        .isEqualTo(
            "fit: 9 pt body type, density step 16 of 16, %d layouts, page %d%% full, dropped %d items to fit one page:"
                .formatted(
                    report.layouts(), Math.round(report.fill() * 100), report.dropped().size()));
    assertThat(report.lines().get(1)).isEqualTo("  dropped " + report.dropped().get(0));
  }

  /** The priority-9 bullets that exist in an input of this size. */
  static Set<String> relevant(int jobs, int bullets) {
    Set<String> out = new HashSet<>();
    for (String h : HIGH) {
      int dot = h.indexOf('.');
      if (Integer.parseInt(h.substring(0, dot)) < jobs
          && Integer.parseInt(h.substring(dot + 1)) < bullets) {
        out.add(h);
      }
    }
    return out;
  }

  /** Every bullet the report says was dropped, as "job.bullet" from 0, whole entries expanded. */
  static Set<String> droppedBullets(List<String> dropped, int bullets) {
    Set<String> out = new HashSet<>();
    for (String d : dropped) {
      Matcher b = BULLET.matcher(d);
      Matcher e = ENTRY.matcher(d);
      if (b.matches()) {
        out.add(b.group(1) + "." + (Integer.parseInt(b.group(2)) - 1));
      } else if (e.matches()) {
        for (int i = 0; i < bullets; i++) {
          out.add(e.group(1) + "." + i);
        }
      } else {
        assertThat(d).as("a dropped item that is not a job or bullet").startsWith("awards[");
      }
    }
    return out;
  }
}
