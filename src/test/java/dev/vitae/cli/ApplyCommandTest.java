package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through, through the command line: a posting in, {@code apply --new}, the
 * letter written, {@code apply}, marked sent, {@code apply} again (frozen), {@code applications}.
 * The résumé is the sample with real-looking contacts, since the sample's are placeholders.
 */
class ApplyCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path POSTING = Path.of("src/test/resources/apply/posting.txt");

  @TempDir Path dir;
  Path resume;
  Path applications;

  @BeforeEach
  void project() throws IOException {
    resume = dir.resolve("resume.yaml");
    Files.writeString(resume, realContacts(new String(Samples.bytes(), StandardCharsets.UTF_8)));
    applications = dir.resolve("applications");
  }

  static String realContacts(String sample) {
    return sample
        .replace("tushar@example.com", "tushar@tushar.dev")
        .replace("https://tushar.example.com", "https://tushar.dev")
        .replace("https://github.example.com/tushar", "https://github.com/tushar");
  }

  /**
   * The day every run of these tests takes for today: the application's date and its bundle's come
   * from the clock vitae is given, so a run across midnight or in another zone sees the same.
   */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  static final Clock CLOCK =
      Clock.fixed(TODAY.atTime(23, 30).toInstant(ZoneOffset.ofHours(-10)), ZoneOffset.ofHours(-10));

  CliTest.Run run(String... args) {
    return CliTest.run(CLOCK, args);
  }

  /** {@code vitae apply --new} of Acme's role with {@code posting}, the test's résumé named. */
  CliTest.Run startWith(String role, Path posting) {
    return run(
        "apply",
        "--new",
        "--company",
        "Acme",
        "--role",
        role,
        "--job",
        posting.toString(),
        "--dir",
        applications.toString(),
        "--resume",
        resume.toString());
  }

  Path start() {
    CliTest.Run r = startWith("Backend Engineer", POSTING);
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    return applications.resolve("acme-backend-engineer.yaml");
  }

  /** The starter with its TODO paragraphs written. */
  static String written(String starter) {
    return starter
        .replace(
            "\"TODO: why Acme, and why this role\"",
            "\"Acme's order platform is the system I have built for three years.\"")
        .replace(
            "\"TODO: what you built that this posting asks for, with a number\"",
            "\"I cut API response times by 70% with Redis caching.\"")
        .replace(
            "\"TODO: a line to close; the enclosures are listed for you\"",
            "\"I would be glad to talk.\"");
  }

  Path bundle() {
    return applications.resolve("sent").resolve(TODAY + "-acme-backend-engineer");
  }

  static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static Map<String, String> snapshot(Path folder) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(
            folder.relativize(p).toString(),
            sha256(Files.readAllBytes(p)) + " " + Files.getLastModifiedTime(p).toMillis());
      }
    }
    return out;
  }

  @Test
  void newWritesACommentedStarterWithTheMatchAndThePostingAndNeverOverwrites() throws IOException {
    Path file = start();
    String starter = Files.readString(file);
    assertThat(starter)
        .startsWith(
            "# An application to Acme for Backend Engineer, written by 'vitae apply --new' on ")
        .contains("# vitae match against the posting, variants by coverage:\n")
        .containsPattern("\n#   backend +\\d+%  \\(\\d+ of \\d+ terms\\)\n")
        .contains("company: \"Acme\"\nrole: \"Backend Engineer\"\n")
        .contains("posting: \"acme-backend-engineer-posting.txt\"  # the posting as received\n")
        .contains("date: " + TODAY + "  #")
        .contains("variant: backend  # the best match\n")
        .contains("status: draft");
    assertThat(applications.resolve("acme-backend-engineer-posting.txt"))
        .hasSameBinaryContentAs(POSTING);

    CliTest.Run again =
        run(
            "apply",
            "--new",
            "--company",
            "Acme",
            "--role",
            "Backend Engineer",
            "--dir",
            applications.toString(),
            "--resume",
            resume.toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains(file + " already exists; nothing written");
    assertThat(Files.readString(file)).isEqualTo(starter);
  }

  @Test
  void theStartersGreetingAndClosingAreTheResumesOwnWords() throws Exception {
    // Found by applying from outside: a German résumé's starter began "Dear Hiring Manager," and
    // ended "Kind regards,", which override the résumé's words in the letter.
    Files.writeString(
        resume,
        Files.readString(resume)
            .replace(
                "locale:\n  words:\n",
                """
                locale:
                  words:
                    greeting: "Sehr geehrte Damen und Herren,"
                    closing: "Mit freundlichen Grüßen"
                """));
    assertThat(Files.readString(start()))
        .contains(
            "  greeting: \"Sehr geehrte Damen und Herren,\"\n",
            "  closing: \"Mit freundlichen Grüßen\"\n");
  }

  @Test
  void aPostingThatIsAPdfOrEmptyIsRefusedAndNothingIsWritten() throws Exception {
    // Found by applying from outside: a PDF was kept as the posting's text and matched 100%
    // against its own metadata; an empty clipboard matched 0%.
    Path pdf =
        Files.write(
            dir.resolve("posting.pdf"),
            "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
    Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
    for (Path posting : List.of(pdf, empty)) {
      CliTest.Run r = startWith("SRE", posting);
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err())
          .contains(posting == pdf ? "the posting is a PDF, not its text" : "the posting is empty")
          .contains("vitae: nothing written");
      assertThat(applications).doesNotExist();
    }
  }

  @Test
  void anApplicationStartedWithAResumeSendsThatResumeWhenBuiltWithoutNamingIt() throws Exception {
    // Found by applying from outside: a German résumé named at --new was not remembered, and the
    // command the starter printed built the bundle from the resume.yaml where vitae ran.
    Files.writeString(
        resume,
        Files.readString(resume).replaceFirst("name: \"Tushar\"", "name: \"Ada Lovelace\""));
    Path file = start();
    assertThat(Files.readString(file))
        .contains("resume: \"../resume.yaml\"  # the résumé it sends, relative to this file\n");
    Files.writeString(file, written(Files.readString(file)));

    CliTest.Run draft = run("apply", file.toString());
    assertThat(draft.code()).as(draft.err()).isZero();
    assertThat(bundle().resolve("Ada-Lovelace-Resume-Acme.pdf")).exists();
    assertThat(bundle().resolve("Tushar-Resume-Acme.pdf")).doesNotExist();
  }

  @Test
  void theWalkThroughBuildsADraftThenASentBundleWhoseRecordMatchesItsFiles() throws Exception {
    Path file = start();

    CliTest.Run draft = run("apply", file.toString(), "--resume", resume.toString());
    assertThat(draft.code()).isZero();
    assertThat(draft.err())
        .contains(file + ":")
        .contains(
            ": warning: 'TODO: why Acme, and why this role' is not written yet: it holds 'TODO'")
        .contains("hint: write the real value before the application goes out");
    assertThat(draft.out()).contains("wrote " + bundle() + "/ (draft, variant backend)");
    assertThat(bundle().resolve("Tushar-Resume-Acme.pdf")).isRegularFile();

    // the letter is written; marking it sent changes that one value and nothing else
    Files.writeString(file, written(Files.readString(file)));
    String before = Files.readString(file);
    CliTest.Run mark =
        run("apply", "--status", "sent", file.toString(), "--resume", resume.toString());
    assertThat(mark.err()).isEmpty();
    assertThat(mark.code()).isZero();
    assertThat(mark.out())
        .contains(
            file + ": status draft → sent (no bundle changed)\n",
            "next: build the bundle you upload: vitae apply " + file + "\n");
    assertThat(Files.readString(file))
        .isEqualTo(before.replace("status: draft  # then:", "status: sent  # then:"));

    CliTest.Run sent = run("apply", file.toString(), "--resume", resume.toString());
    assertThat(sent.err()).isEmpty();
    assertThat(sent.code()).isZero();
    assertThat(sent.out()).contains("wrote " + bundle() + "/ (sent, variant backend)");
    try (Stream<Path> files = Files.list(bundle())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "Tushar-Resume-Acme.pdf",
              "Tushar-Cover-Letter-Acme.pdf",
              "Tushar-Cover-Letter-Acme.txt",
              "Tushar-Resume-Acme.docx",
              "Tushar-Cover-Letter-Acme.docx",
              "posting.txt",
              "match.txt",
              "record.json");
    }
    assertThat(bundle().resolve("posting.txt")).hasSameBinaryContentAs(POSTING);
    assertThat(Files.readString(bundle().resolve("match.txt")))
        .startsWith("posting names ")
        .contains("\nbackend:\n  + ");
    byte[] pdf = Files.readAllBytes(bundle().resolve("Tushar-Resume-Acme.pdf"));
    assertThat(PdfReadback.of(pdf).pages()).isEqualTo(1);
    assertThat(PdfReadback.of(pdf).text()).contains("tushar@tushar.dev");

    JsonNode record = JSON.readTree(bundle().resolve("record.json").toFile());
    assertThat(record.get("company").asText()).isEqualTo("Acme");
    assertThat(record.get("role").asText()).isEqualTo("Backend Engineer");
    assertThat(record.get("date").asText()).isEqualTo(TODAY.toString());
    assertThat(record.get("status").asText()).isEqualTo("sent");
    assertThat(record.get("variant").asText()).isEqualTo("backend");
    assertThat(record.get("vitae").asText()).isNotEmpty();
    assertThat(record.at("/sources/resume").asText()).isEqualTo(sha256(Files.readAllBytes(resume)));
    assertThat(record.at("/sources/application").asText())
        .isEqualTo(sha256(Files.readAllBytes(file)));
    assertThat(record.at("/sources/posting").asText())
        .isEqualTo(sha256(Files.readAllBytes(POSTING)));
    List<String> listed = new java.util.ArrayList<>();
    for (JsonNode f : record.get("files")) {
      Path p = bundle().resolve(f.get("file").asText());
      byte[] bytes = Files.readAllBytes(p);
      assertThat(f.get("sha256").asText()).as(f.toString()).isEqualTo(sha256(bytes));
      assertThat(f.get("bytes").asInt()).isEqualTo(bytes.length);
      int pages = f.get("file").asText().endsWith(".pdf") ? PdfReadback.of(bytes).pages() : 0;
      assertThat(f.get("pages").asInt()).as(f.toString()).isEqualTo(pages);
      listed.add(f.get("file").asText());
    }
    assertThat(listed)
        .containsExactly(
            "Tushar-Resume-Acme.pdf",
            "Tushar-Resume-Acme.docx",
            "Tushar-Cover-Letter-Acme.pdf",
            "Tushar-Cover-Letter-Acme.docx",
            "Tushar-Cover-Letter-Acme.txt",
            "posting.txt",
            "match.txt");
    byte[] letter = Files.readAllBytes(bundle().resolve("Tushar-Cover-Letter-Acme.pdf"));
    assertThat(PdfReadback.of(letter).pages()).isEqualTo(1);
    assertThat(PdfReadback.of(letter).text())
        .contains("Acme's order platform is the system I have built for three years.");
    assertThat(Files.readString(bundle().resolve("Tushar-Cover-Letter-Acme.txt")))
        .contains("I cut API response times by 70% with Redis caching.");
  }

  /**
   * The issue's "done when": the README's walk-through as written (a starter, its letter written,
   * {@code apply}) gives the résumé and the letter as PDF and as Word, each read back.
   */
  @Test
  void theStartersBundleHoldsTheResumeAndTheLetterAsPdfAndAsWord() throws Exception {
    Path file = start();
    assertThat(Files.readString(file)).contains("\nformats: [pdf, docx]\n");
    Files.writeString(file, written(Files.readString(file)));

    CliTest.Run draft = run("apply", file.toString(), "--resume", resume.toString());

    assertThat(draft.code()).isZero();
    assertThat(draft.err()).doesNotContain("cannot make");
    assertThat(draft.out())
        .contains(
            "  Tushar-Resume-Acme.pdf                   1 page\n",
            "  Tushar-Cover-Letter-Acme.pdf             1 page\n",
            "  Tushar-Resume-Acme.docx\n",
            "  Tushar-Cover-Letter-Acme.docx\n");
    for (String pdf : List.of("Tushar-Resume-Acme.pdf", "Tushar-Cover-Letter-Acme.pdf")) {
      PdfReadback back = PdfReadback.of(Files.readAllBytes(bundle().resolve(pdf)));
      assertThat(back.pages()).as(pdf).isEqualTo(1);
      assertThat(back.text()).as(pdf).contains("tushar@tushar.dev");
    }
    assertThat(
            PdfReadback.of(Files.readAllBytes(bundle().resolve("Tushar-Cover-Letter-Acme.pdf")))
                .text())
        .contains("I cut API response times by 70% with Redis caching.");
    assertThat(wordText(bundle().resolve("Tushar-Resume-Acme.docx")))
        .startsWith("Tushar\n")
        .contains("tushar@tushar.dev", "Shiprocket");
    assertThat(wordText(bundle().resolve("Tushar-Cover-Letter-Acme.docx")))
        .startsWith("Tushar\n")
        .contains("I cut API response times by 70% with Redis caching.", "Kind regards,");
  }

  /**
   * The dossier goes out as Word too: a sent application asking for it as PDF and DOCX gets both in
   * its bundle, listed in the record with their digests, the Word copy linking its systems to their
   * dossiers.
   */
  @Test
  void aSentApplicationSendsTheDossierAsPdfAndAsWord() throws Exception {
    Path file = start();
    Files.writeString(
        file,
        written(Files.readString(file))
            .replace(
                "documents: [resume, cover-letter]", "documents: [resume, cover-letter, dossier]")
            .replace("status: draft", "status: sent"));

    CliTest.Run sent = run("apply", file.toString(), "--resume", resume.toString());

    assertThat(sent.err()).isEmpty();
    assertThat(sent.code()).isZero();
    assertThat(sent.out()).contains("  Tushar-Dossier-Acme.docx\n");
    assertThat(wordText(bundle().resolve("Tushar-Dossier-Acme.docx")))
        .startsWith("Tushar\n")
        .contains(
            "Dossier: ONDC / Shiprocket Backend Systems",
            "Dossier: Magnolia Pearl Backend Workflows",
            "tushar@tushar.dev");
    JsonNode record = JSON.readTree(bundle().resolve("record.json").toFile());
    List<String> listed = new java.util.ArrayList<>();
    for (JsonNode f : record.get("files")) {
      listed.add(f.get("file").asText());
      assertThat(f.get("sha256").asText())
          .isEqualTo(sha256(Files.readAllBytes(bundle().resolve(f.get("file").asText()))));
    }
    assertThat(listed).contains("Tushar-Dossier-Acme.pdf", "Tushar-Dossier-Acme.docx");
  }

  /** A Word document's text, read with POI as Word's own text export does. */
  static String wordText(Path docx) throws IOException {
    try (var in = Files.newInputStream(docx);
        var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      return text.getText();
    }
  }

  @Test
  void aSecondApplyOfASentApplicationRefusesAndChangesNothingAndAChangedOneIsARevision()
      throws Exception {
    Path file = start();
    Files.writeString(
        file, written(Files.readString(file)).replace("status: draft", "status: sent"));
    assertThat(run("apply", file.toString(), "--resume", resume.toString()).code()).isZero();
    Map<String, String> frozen = snapshot(applications);

    CliTest.Run again = run("apply", file.toString(), "--resume", resume.toString());

    assertThat(again.code()).isEqualTo(1);
    assertThat(again.out()).isEmpty();
    assertThat(again.err())
        .contains(
            "vitae: error: "
                + applications.resolve("sent").resolve(bundle().getFileName())
                + " was sent and is frozen",
            "vitae: nothing written; the bundles in "
                + applications.resolve("sent")
                + " are unchanged");
    assertThat(snapshot(applications)).isEqualTo(frozen);

    // moving the status on touches no bundle
    CliTest.Run interview =
        run("apply", "--status", "interview", file.toString(), "--resume", resume.toString());
    assertThat(interview.code()).isZero();
    Map<String, String> after = snapshot(applications.resolve("sent"));
    assertThat(after).isEqualTo(snapshot(applications.resolve("sent")));
    assertThat(Files.readString(file)).contains("status: interview  # then:");
    assertThat(run("apply", file.toString(), "--resume", resume.toString()).code()).isEqualTo(1);

    Files.writeString(
        file, Files.readString(file).replace("I would be glad to talk.", "I would love to talk."));
    CliTest.Run changed = run("apply", file.toString(), "--resume", resume.toString());
    assertThat(changed.err()).isEmpty();
    assertThat(changed.code()).isZero();
    Path r2 = bundle().resolveSibling(bundle().getFileName() + "-r2");
    assertThat(changed.out())
        .contains("wrote " + r2 + "/ (interview, variant backend): a new revision");
    assertThat(r2.resolve("Tushar-Resume-Acme.pdf")).isRegularFile();
    assertThat(snapshot(bundle()))
        .isEqualTo(
            after.entrySet().stream()
                .filter(e -> e.getKey().startsWith(bundle().getFileName() + "/"))
                .collect(
                    java.util.stream.Collectors.toMap(
                        e -> e.getKey().substring(bundle().getFileName().toString().length() + 1),
                        Map.Entry::getValue,
                        (a, b) -> a,
                        TreeMap::new)));
  }

  @Test
  void markingSentWithAPlaceholderEmailIsRefusedAtTheValuesLineAndColumn() throws Exception {
    Path sample = dir.resolve("sample.yaml");
    Files.write(sample, Samples.bytes());
    Path file = start();
    Files.writeString(file, written(Files.readString(file)));
    String before = Files.readString(file);

    CliTest.Run r =
        run("apply", "--status", "sent", file.toString(), "--resume", sample.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            sample
                + ":16:10: error: 'tushar@example.com' is a placeholder: example.com is reserved"
                + " for examples and never reaches anyone",
            "  email: \"tushar@example.com\"",
            "vitae: error: the application cannot be marked 'sent' while what is above remains:"
                + " it must not reach Acme; nothing written",
            "vitae: " + file + " is unchanged");
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(applications.resolve("sent")).doesNotExist();
  }

  @Test
  void aSentApplicationWithATodoIsNotBuilt() throws Exception {
    Path file = start();
    Files.writeString(file, Files.readString(file).replace("status: draft", "status: sent"));

    CliTest.Run r = run("apply", file.toString(), "--resume", resume.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(": error: 'TODO: why Acme, and why this role' is not written yet")
        .contains("vitae: error: the application is 'sent'");
    assertThat(applications.resolve("sent")).doesNotExist();
  }

  @Test
  void aBadApplicationFileGetsEveryErrorAtItsPositionAndExitsOne() throws IOException {
    Files.createDirectories(applications);
    Path file = applications.resolve("bad.yaml");
    Files.writeString(file, "company: Acme\nrole: SRE\nstauts: sent\nvariant: backnd\n");

    CliTest.Run r = run("apply", file.toString(), "--resume", resume.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            file + ":3:1: error: unknown key 'stauts' in the top level",
            "  hint: did you mean 'status'?");
    CliTest.Run variant =
        run(
            "apply",
            write(file, "company: Acme\nrole: SRE\nvariant: backnd\n"),
            "--resume",
            resume.toString());
    assertThat(variant.code()).isEqualTo(1);
    assertThat(variant.err())
        .contains(file + ":3:10: error: unknown variant 'backnd'", "hint: did you mean 'backend'?");
    // found by applying from outside: a missing posting hid the variant's typo until it was made
    CliTest.Run both =
        run(
            "apply",
            write(file, "company: Acme\nrole: SRE\nposting: gone.txt\nvariant: backnd\n"),
            "--resume",
            resume.toString());
    assertThat(both.code()).isEqualTo(1);
    assertThat(both.err())
        .contains(
            file + ":3:10: error: no such posting: gone.txt",
            file + ":4:10: error: unknown variant 'backnd'",
            "2 errors");
  }

  static String write(Path file, String text) throws IOException {
    Files.writeString(file, text);
    return file.toString();
  }

  @Test
  void applicationsListsEveryApplicationAsATableAndAsJson() throws Exception {
    Path file = start();
    Files.writeString(
        file, written(Files.readString(file)).replace("status: draft", "status: sent"));
    assertThat(run("apply", file.toString(), "--resume", resume.toString()).code()).isZero();
    Files.writeString(
        applications.resolve("globex-sre.yaml"),
        "company: Globex\nrole: SRE\ndate: 2026-11-20\nvariant: platform\n");

    CliTest.Run table = run("applications", applications.toString());
    assertThat(table.code()).isZero();
    assertThat(table.out().lines().toList())
        .containsExactly(
            "date        company  role              variant   status     files",
            "2026-11-20  Globex   SRE               platform  draft      (no bundle)",
            TODAY
                + "  Acme     Backend Engineer  backend   sent       Tushar-Resume-Acme.pdf,"
                + " Tushar-Resume-Acme.docx, Tushar-Cover-Letter-Acme.pdf,"
                + " Tushar-Cover-Letter-Acme.docx, Tushar-Cover-Letter-Acme.txt");

    CliTest.Run sent = run("applications", applications.toString(), "--status", "sent", "--json");
    assertThat(sent.code()).isZero();
    JsonNode rows = JSON.readTree(sent.out());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("company").asText()).isEqualTo("Acme");
    assertThat(rows.get(0).get("status").asText()).isEqualTo("sent");
    assertThat(rows.get(0).get("variant").asText()).isEqualTo("backend");
    assertThat(rows.get(0).get("bundle").asText()).isEqualTo(bundle().toString());
    assertThat(rows.get(0).get("files").get(0).asText()).isEqualTo("Tushar-Resume-Acme.pdf");
  }
}
