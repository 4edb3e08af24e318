package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.Manifest;
import dev.vitae.tailor.Changes;
import dev.vitae.tailor.Profile;
import dev.vitae.tailor.Tailor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `vitae build` with variants and flags, read back from the files it writes. */
class VariantBuildTest {

  @TempDir static Path out;
  static CliTest.Run run;
  static final Resume SAMPLE = Samples.resume();

  @BeforeAll
  static void buildEverything() {
    run = CliTest.run("build", CliTest.SAMPLE, "--out", out.toString());
  }

  static String pdfText(Path file) throws IOException {
    return PdfReadback.of(Files.readAllBytes(file)).text().replaceAll("\\s+", " ");
  }

  @Test
  void buildsTheBaseAndEveryVariantIntoItsOwnFolder() {
    assertThat(run.code()).isZero();
    for (String v : List.of("backend", "platform", "realtime")) {
      for (String ext : List.of("pdf", "txt", "md")) {
        assertThat(out.resolve(v).resolve("Tushar-Resume-" + v + "." + ext)).isNotEmptyFile();
      }
    }
  }

  @Test
  void everyVariantsResumeIsExactlyOnePage() throws IOException {
    for (String v : List.of("backend", "platform", "realtime")) {
      assertThat(
              PdfReadback.of(Files.readAllBytes(out.resolve(v + "/Tushar-Resume-" + v + ".pdf")))
                  .pages())
          .as(v)
          .isEqualTo(1);
    }
  }

  @Test
  void eachVariantShowsWhatItIncludesAndNoneOfWhatItDrops() throws IOException {
    for (String v : List.of("backend", "platform", "realtime")) {
      String text = pdfText(out.resolve(v + "/Tushar-Resume-" + v + ".pdf"));
      Resume tailored =
          Tailor.apply(SAMPLE, Profile.of(v, SAMPLE.variants().get(v), Profile.Flags.NONE));
      assertThat(text).contains(tailored.basics().label());
      tailored
          .work()
          .forEach(w -> w.highlights().forEach(b -> assertThat(text).contains(b.text())));
      tailored
          .skills()
          .forEach(g -> g.keywords().forEach(k -> assertThat(text).contains(k.text())));
      List<String> dropped =
          Changes.of(SAMPLE, tailored).dropped().stream()
              .filter(d -> d.startsWith("bullet ") || d.startsWith("skill group "))
              .map(d -> d.substring(d.indexOf('"') + 1, d.lastIndexOf('"')).replace("…", ""))
              .toList();
      for (String d : dropped) {
        assertThat(text).as("%s must not show %s", v, d).doesNotContain(d);
      }
    }
    assertThat(pdfText(out.resolve("platform/Tushar-Resume-platform.pdf")))
        .doesNotContain("Integrated Slack, Telegram, and Discord APIs");
  }

  @Test
  void emphasisedKeywordsAreBoldAndTheTextIsUnchanged() throws IOException {
    String text = pdfText(out.resolve("backend/Tushar-Resume-backend.pdf"));
    assertThat(text)
        .contains("Implemented Redis-based caching, reducing API response times by roughly 70%.");
    String md = Files.readString(out.resolve("backend/Tushar-Resume-backend.md"));
    assertThat(md).contains("Implemented **Redis**\\-based caching");
  }

  @Test
  void theManifestMatchesTheFiles() throws IOException {
    Path manifest = out.resolve("manifest.json");
    List<Map<String, String>> entries = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(manifest.toFile())) {
      Map<String, String> current = null;
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT && ++depth == 2) {
          current = new HashMap<>();
        } else if (t == JsonToken.END_OBJECT && depth-- == 2) {
          entries.add(current);
        } else if (t.isScalarValue() && depth == 2) {
          current.put(p.currentName(), p.getText());
        }
      }
    }
    assertThat(entries).hasSize(32);
    for (Map<String, String> e : entries) {
      byte[] bytes = Files.readAllBytes(out.resolve(e.get("file")));
      assertThat(e.get("sha256")).isEqualTo(Manifest.sha256(bytes));
      assertThat(Integer.parseInt(e.get("bytes"))).isEqualTo(bytes.length);
      if (e.get("document").equals("resume.pdf")) {
        assertThat(e.get("pages")).isEqualTo("1");
      }
    }
    assertThat(entries)
        .extracting(e -> e.get("variant"))
        .containsOnly("base", "backend", "platform", "realtime");
  }

  @Test
  void aSecondBuildWritesTheSameBytes(@TempDir Path again) throws IOException {
    assertThat(CliTest.run("build", CliTest.SAMPLE, "--out", again.toString()).code()).isZero();
    assertThat(Files.readString(again.resolve("manifest.json")))
        .isEqualTo(Files.readString(out.resolve("manifest.json")));
  }

  @Test
  void flagsWinOverTheYaml(@TempDir Path dir) throws IOException {
    CliTest.Run r =
        CliTest.run(
            "build",
            CliTest.SAMPLE,
            "--out",
            dir.toString(),
            "--variant",
            "backend",
            "--set",
            "basics.label=Platform Engineer",
            "--only",
            "resume");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(pdfText(dir.resolve("backend/Tushar-Resume-backend.pdf")))
        .contains("Platform Engineer")
        .doesNotContain("Backend Engineer — APIs & Distributed Systems");
    assertThat(dir.resolve("backend/Tushar-Resume-backend.txt")).doesNotExist();
    assertThat(dir.resolve("Tushar-Resume.pdf")).doesNotExist();
  }

  @Test
  void tagFlagsTailorTheBaseDocuments(@TempDir Path dir) throws IOException {
    CliTest.Run r =
        CliTest.run("build", CliTest.SAMPLE, "--out", dir.toString(), "--exclude-tag", "commerce");
    assertThat(r.code()).as(r.err()).isZero();
    String text = pdfText(dir.resolve("Tushar-Resume.pdf"));
    // the jobs tagged commerce are gone (a metric of Shiprocket's not tagged commerce still names
    // it)
    assertThat(text)
        .doesNotContain("Magnolia Pearl", "Graduate Engineer Trainee", "ONDC order volume lift")
        .contains("Roxiler Systems");
    assertThat(dir.resolve("backend")).doesNotExist();
  }

  @Test
  void unknownVariantsAndTagsAreUsageErrorsWithSuggestions(@TempDir Path dir) {
    CliTest.Run v =
        CliTest.run("build", CliTest.SAMPLE, "--out", dir.toString(), "--variant", "backnd");
    assertThat(v.code()).isEqualTo(2);
    assertThat(v.errBesidesPlaceholders())
        .isEqualTo("vitae: error: unknown variant 'backnd'\n  hint: did you mean 'backend'?\n");
    CliTest.Run t =
        CliTest.run("build", CliTest.SAMPLE, "--out", dir.toString(), "--tag", "realtme");
    assertThat(t.code()).isEqualTo(2);
    assertThat(t.errBesidesPlaceholders())
        .isEqualTo("vitae: error: unknown tag 'realtme'\n  hint: did you mean 'realtime'?\n");
    CliTest.Run u =
        CliTest.run(
            "build",
            CliTest.SAMPLE,
            "--out",
            dir.toString(),
            "--set",
            "basics.url=javascript:alert(1)");
    assertThat(u.code()).isEqualTo(1);
    assertThat(u.errBesidesPlaceholders())
        .contains("vitae: error: --set: the link scheme 'javascript:' is not allowed");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void outputTargetsAreCheckedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(
        file,
        """
        basics:
          name: Ada Example
        work:
          - name: Acme
            position: Engineer
        variants:
          short:
            filename: "{name}-CV"
        """);
    Path out = dir.resolve("out");
    CliTest.Run clash = CliTest.run("build", file.toString(), "--out", out.toString());
    assertThat(clash.code()).isEqualTo(1);
    // validate's check, at the line of the pattern
    assertThat(clash.err())
        .isEqualTo(
            file
                + ":8:15: error: file name pattern '{name}-CV' gives the résumé and the dossier one"
                + " name, 'Ada-Example-CV'\n"
                + "        filename: \"{name}-CV\"\n"
                + "                  ^\n"
                + "  hint: put {document} in it, e.g. {name}-{document}-{variant}\n"
                + "1 error\n"
                + "vitae: nothing written; "
                + out
                + " was not made\n");
    assertThat(out).doesNotExist();
    CliTest.Run notAFolder = CliTest.run("build", file.toString(), "--out", file.toString());
    assertThat(notAFolder.code()).isEqualTo(2);
    assertThat(notAFolder.err())
        .isEqualTo(
            "vitae: error: "
                + file
                + " is a file, not a folder\n  hint: --out names the folder the outputs are written to\n");
  }

  @Test
  void manySetFlagsAreAppliedAndReportedInTheOrderGiven(@TempDir Path dir) {
    List<String> args = new ArrayList<>(List.of("build", CliTest.SAMPLE, "--out", dir.toString()));
    for (int i = 0; i < 12; i++) {
      args.addAll(List.of("--set", "basics.label=Label " + i));
    }
    for (int i = 0; i < 12; i++) {
      args.addAll(List.of("--set", "basics.wrong" + i + "=x"));
    }
    CliTest.Run r = CliTest.run(args.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errBesidesPlaceholders())
        .startsWith(
            "vitae: error: --set basics.wrong0: unknown key 'wrong0' in basics\n"
                + "  hint: known keys here: name, label, headline, image, email, phone, url, summary,"
                + " location, profiles, focus, availability\n"
                + "vitae: error: --set basics.wrong1: unknown key 'wrong1' in basics\n");

    List<String> labels =
        new ArrayList<>(
            List.of("build", CliTest.SAMPLE, "--out", dir.toString(), "--only", "text"));
    for (int i = 0; i < 12; i++) {
      labels.addAll(List.of("--set", "work[" + (i % 3) + "].position=Role " + i));
    }
    assertThat(CliTest.run(labels.toArray(String[]::new)).code()).isZero();
    assertThat(dir.resolve("Tushar-Resume.txt"))
        .content()
        .contains("Role 9", "Role 10", "Role 11")
        .doesNotContain("Role 8");
  }

  @Test
  void setValuesPassTheLoadersChecksAndEachErrorNamesItsFlag(@TempDir Path dir) {
    CliTest.Run r =
        CliTest.run(
            "build",
            CliTest.SAMPLE,
            "--out",
            dir.toString(),
            "--set",
            "basics.lable=x",
            "--set",
            "work[0].position=Lead\u0007Engineer",
            "--set",
            "basics.summary=" + "x".repeat(30_000));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errBesidesPlaceholders())
        .isEqualTo(
            """
            vitae: error: --set basics.lable: unknown key 'lable' in basics
              hint: did you mean 'label'?
            vitae: error: --set work[0].position: 'position' holds the unprintable character U+0007
              hint: delete the escape that writes it (such as \\0, \\x07 or \\uFFFF): applicant-tracking systems cannot read it, and XHTML cannot hold it
            vitae: error: --set basics.summary: 'summary' is 30,000 characters long; the limit is 20,000
              hint: shorten it: a résumé value is a few lines at most
            vitae: nothing written; the previous outputs in %s are unchanged
            """
                .formatted(dir));
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aVariantThatEmptiesASectionIsWarnedAbout(@TempDir Path dir) {
    CliTest.Run r =
        CliTest.run(
            "build",
            CliTest.SAMPLE,
            "--out",
            dir.toString(),
            "--exclude-tag",
            "backend",
            "--only",
            "text");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("vitae: warning: the tag flags leave the section 'work' empty");
  }

  @Test
  void variantsCommandSaysWhatEachKeepsAndDrops() {
    CliTest.Run r = CliTest.run("variants", CliTest.SAMPLE);
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "backend — Backend Engineer — APIs & Distributed Systems\n  include:   backend, api, commerce, data\n",
            "platform — Platform / Infrastructure Engineer\n",
            "    - bullet \"Integrated Slack, Telegram, and Discord APIs for automated notificati…\"\n",
            "  keeps:     4 of 4 jobs, 6 of 11 bullets,");
  }

  @Test
  void matchCommandPrintsTextOrJson() {
    CliTest.Run r =
        CliTest.run(
            "match",
            CliTest.SAMPLE,
            "--job",
            "src/test/resources/postings/backend-payments.txt",
            "--variant",
            "backend");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith(
            "posting names 21 terms; variants by coverage:\n  backend       61%  (11 of 21)\n")
        .contains(
            "  + Redis                    headline\n",
            "  - Kafka                    not in resume.yaml (nice to have)\n");
    CliTest.Run j =
        CliTest.run(
            "match",
            CliTest.SAMPLE,
            "--job",
            "src/test/resources/postings/backend-payments.txt",
            "--variant",
            "backend",
            "--json");
    assertThat(j.out())
        .contains("\"variant\" : \"backend\"", "\"coverage\" : 61", "\"missing\" : [ \"ECS\"");
  }
}
