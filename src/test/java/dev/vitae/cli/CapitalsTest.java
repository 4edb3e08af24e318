package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles written in capitals: résumé parsers take a line in bold capitals alone for a section
 * heading, so the page never sets a short one alone, and a long one that wraps is the user's to
 * mend, said so.
 */
class CapitalsTest {

  @TempDir Path dir;

  @Test
  void anAwardInCapitalsIsReadAsAnAwardNotAsAHeading() throws IOException {
    // An award is an entry of one line, set on two (title, then awarder): its title used to stand
    // alone on its line, and "BEST PAPER AWARD" was read as a section holding the next award.
    Path file =
        Files.writeString(
            dir.resolve("resume.yaml"),
            """
            basics: {name: Ada Lovelace, email: ada@lovelace.name}
            awards:
              - {title: BEST PAPER AWARD, awarder: ACM SIGMOD, date: "2020-06"}
              - {title: Hackathon Winner, awarder: ONDC, date: "2022-07"}
            """);
    Path out = dir.resolve("out");
    CliTest.Run r =
        CliTest.run("build", file.toString(), "--out", out.toString(), "--only", "resume");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    CliTest.Run ats =
        CliTest.run(
            "check",
            "--ats",
            "--source",
            file.toString(),
            out.resolve("Ada-Lovelace-Resume.pdf").toString());
    assertThat(ats.code()).isZero();
    assertThat(ats.out())
        .contains("awards.heading", "awards[0].title", "awards[1].org", "9 fields, 0 mismatched")
        .doesNotContain("MISMATCH");
  }

  @Test
  void aTitleInCapitalsThatWrapsOntoALineOfItsOwnIsTheUsersToMend() throws IOException {
    String title =
        "PRINCIPAL DISTRIBUTED SYSTEMS ENGINEER, PLATFORM RELIABILITY AND DEVELOPER"
            + " INFRASTRUCTURE, PAYMENTS AND SETTLEMENT";
    Path file =
        Files.writeString(
            dir.resolve("resume.yaml"),
            """
            basics: {name: Ada Lovelace, email: ada@lovelace.name}
            work:
              - name: Acme
                position: "%s"
                startDate: "2021-03"
                highlights: [Built the ledger.]
            """
                .formatted(title));
    Path out = dir.resolve("out");
    CliTest.Run r =
        CliTest.run("build", file.toString(), "--out", out.toString(), "--only", "resume");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "vitae: error: "
                + out.resolve("Ada-Lovelace-Resume.pdf")
                + ": a résumé parser reads work[0].title \"PRINCIPAL DISTRIBUTED SYSTEMS ENGINEER,"
                + " PLATFORM RELIABILIT…\" as a section heading: the line \"PRINCIPAL DISTRIBUTED"
                + " SYSTEMS ENGINEER, PLATFORM RELIABILIT…\" is in bold capitals and stands"
                + " alone\nvitae: error: "
                + out.resolve("Ada-Lovelace-Resume.pdf")
                + ": a résumé parser does not read work[0].title")
        .contains(
            "  hint: write work[0].title in resume.yaml in capitals and small letters (\"Senior"
                + " Engineer\", not \"SENIOR ENGINEER\"), or shorter: a line in bold capitals"
                + " alone is a section heading to résumé parsers\n")
        .doesNotContain("bug in vitae");
    assertThat(Files.exists(out)).isFalse();
  }
}
