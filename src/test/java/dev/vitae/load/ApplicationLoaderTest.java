package dev.vitae.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.model.ApplicationStatus;
import dev.vitae.model.Attachment;
import dev.vitae.model.FileFormat;
import dev.vitae.model.PartialDate;
import dev.vitae.source.DiagnosticFormatter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application file is read by the same loader as resume.yaml, with the same messages. */
class ApplicationLoaderTest {

  static ApplicationLoad load(String yaml) {
    return Loader.loadApplication("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  static String report(String yaml) {
    ApplicationLoad r = load(yaml);
    assertThat(r).isInstanceOf(ApplicationLoad.Failed.class);
    return DiagnosticFormatter.format(r.source(), r.diagnostics());
  }

  @Test
  void everyFieldIsBound() {
    ApplicationLoad r =
        load(
            """
            company: Acme
            role: Backend Engineer
            posting: acme-posting.txt
            date: 2026-12-01
            variant: auto
            documents: [resume, cover-letter, dossier]
            formats: [pdf, docx]
            status: interview
            notes: spoke to Dana
            letter:
              recipient:
                name: Dana Rivera
                address:
                  - 1 Main St
              greeting: Dear Dana,
              paragraphs:
                - First.
                -
                - Third.
              closing: Kind regards,
            """);

    var a = ((ApplicationLoad.Loaded) r).application();
    assertThat(a.company()).isEqualTo("Acme");
    assertThat(a.role()).isEqualTo("Backend Engineer");
    assertThat(a.posting()).isEqualTo("acme-posting.txt");
    assertThat(a.date()).isEqualTo(new PartialDate(2026, 12, 1));
    assertThat(a.variant()).isEqualTo("auto");
    assertThat(a.attachments())
        .containsExactly(Attachment.RESUME, Attachment.COVER_LETTER, Attachment.DOSSIER);
    assertThat(a.fileFormats()).containsExactly(FileFormat.PDF, FileFormat.DOCX);
    assertThat(a.statusOrDraft()).isEqualTo(ApplicationStatus.INTERVIEW);
    assertThat(a.letter().recipient().name()).isEqualTo("Dana Rivera");
    assertThat(a.letter().recipient().address()).containsExactly("1 Main St");
    // the bare '-' stays as an empty paragraph, so that it can be pointed at
    assertThat(a.letter().paragraphs()).containsExactly("First.", "", "Third.");
    assertThat(((ApplicationLoad.Loaded) r).sourceMap().at("letter.paragraphs[1]").line())
        .isEqualTo(18);
  }

  @Test
  void leftOutDocumentsFormatsAndStatusHaveDefaults() {
    var a = ((ApplicationLoad.Loaded) load("company: Acme\nrole: SRE\n")).application();
    assertThat(a.attachments()).containsExactly(Attachment.RESUME, Attachment.COVER_LETTER);
    assertThat(a.fileFormats()).containsExactly(FileFormat.PDF);
    assertThat(a.statusOrDraft()).isEqualTo(ApplicationStatus.DRAFT);
    assertThat(a.documents()).isEqualTo(List.of());
  }

  @Test
  void everyErrorIsReportedAtOnceWithPositionCaretAndHint() {
    assertThat(
            report(
                """
                compnay: Acme
                date: 2026-13-01
                status: snet
                documents: [resume, letter]
                letter:
                  greeting: Hi
                """))
        .isEqualTo(
            """
            acme.yaml:1:1: error: unknown key 'compnay' in the top level
                compnay: Acme
                ^
              hint: did you mean 'company'?
            acme.yaml:1:1: error: the top level is missing 'company'
                compnay: Acme
                ^
              hint: add 'company: …' to it
            acme.yaml:1:1: error: the top level is missing 'role'
                compnay: Acme
                ^
              hint: add 'role: …' to it
            acme.yaml:2:7: error: 'date' is not a date: '2026-13-01'
                date: 2026-13-01
                      ^
              hint: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. '2021-03'
            acme.yaml:3:9: error: unknown value 'snet' for status
                status: snet
                        ^
              hint: did you mean 'sent'?
            acme.yaml:4:21: error: unknown value 'letter' for documents
                documents: [resume, letter]
                                    ^
              hint: it can be 'resume', 'cover-letter' or 'dossier'
            acme.yaml:6:3: error: letter is missing 'paragraphs'
                  greeting: Hi
                  ^
              hint: add 'paragraphs: …' to it
            7 errors
            """);
  }

  @Test
  void anEmptyFileSaysWhatToStartWith() {
    assertThat(report("\n"))
        .contains(
            "acme.yaml:1:1: error: the file is empty",
            "hint: start with 'company:' and 'role:'; 'vitae apply --new' writes a starter file");
  }

  @Test
  void aListAtTheTopLevelIsRefused() {
    assertThat(report("- company: Acme\n"))
        .contains(
            "acme.yaml:1:1: error: the top level must be a mapping of keys (company:, role:,"
                + " letter:, …)");
  }
}
