package dev.vitae.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.model.Education;
import dev.vitae.model.Language;
import dev.vitae.model.Resume;
import dev.vitae.model.Work;
import dev.vitae.pipeline.Vitae;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.DiagnosticFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * JSON Resume files as people write them: older keys read as today's, other tools' keys a warning,
 * empty values absent; a resume.yaml stays strict.
 */
class JsonResumeDialectTest {

  private static final Path OLDER = Path.of("src/test/resources/json-resume/older-keys.json");

  private static LoadResult load(String name, String text) {
    return Vitae.read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aJsonResumeWithOlderKeysKeepsEveryEmployerAndSchool() throws IOException {
    LoadResult r = load("resume.json", Files.readString(OLDER));
    assertThat(r).isInstanceOf(LoadResult.Loaded.class);
    Resume resume = ((LoadResult.Loaded) r).resume();
    assertThat(resume.work())
        .extracting(Work::name)
        .containsExactly("Brightwell Logistics", "Fenwick & Hale", "Northgate Council");
    assertThat(resume.work().get(0).url()).isEqualTo("https://brightwell.co.uk");
    assertThat(resume.work().get(0).summary()).isNull();
    assertThat(resume.basics().url()).isEqualTo("https://okafor.dev");
    assertThat(resume.basics().image()).isNull();
    assertThat(resume.basics().profiles()).hasSize(2);
    assertThat(resume.basics().profiles().get(1).url()).isNull();
    assertThat(resume.education())
        .extracting(Education::score)
        .containsExactly("First-class honours");
    assertThat(resume.languages())
        .extracting(Language::language, Language::fluency)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("English", "Native"),
            org.assertj.core.groups.Tuple.tuple("Yoruba", "Conversational"));
    assertThat(r.diagnostics()).allMatch(d -> !d.isError());
    assertThat(r.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "'x-visibility' in work[0] is not read by vitae; left out",
            "'theme' in meta is not read by vitae; left out");
  }

  @Test
  void aWarningNamesTheKeyWithItsLineAndCaret() throws IOException {
    LoadResult r = load("resume.json", Files.readString(OLDER));
    assertThat(DiagnosticFormatter.format(r.source(), r.diagnostics().subList(0, 1)))
        .isEqualTo(
            """
            resume.json:32:7: warning: 'x-visibility' in work[0] is not read by vitae; left out
                      "x-visibility": "public"
                      ^
              hint: keys another tool adds are left out of a JSON Resume file
            """);
  }

  @Test
  void yamlThatDeclaresJsonResumesSchemaIsReadTheSameWay() {
    LoadResult r =
        load(
            "resume.yaml",
            """
            $schema: https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json
            basics:
              name: Ada
              website: https://ada.example.org
            work:
              - company: Analytical Engines
                position: Programmer
            """);
    assertThat(r).isInstanceOf(LoadResult.Loaded.class);
    Resume resume = ((LoadResult.Loaded) r).resume();
    assertThat(resume.work()).extracting(Work::name).containsExactly("Analytical Engines");
    assertThat(resume.basics().url()).isEqualTo("https://ada.example.org");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void aResumeYamlStaysStrict() {
    LoadResult r =
        load(
            "resume.yaml",
            """
            basics:
              name: Ada
            work:
              - company: Analytical Engines
            """);
    assertThat(r).isInstanceOf(LoadResult.Failed.class);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly("unknown key 'company' in work[0]");
  }

  @Test
  void anOlderKeyBesideTodaysIsLeftOutWithAWarning() {
    LoadResult r =
        load(
            "resume.json",
            """
            {"basics": {"name": "Ada"},
             "work": [{"name": "Analytical Engines", "company": "AE Ltd"}]}
            """);
    assertThat(r).isInstanceOf(LoadResult.Loaded.class);
    assertThat(((LoadResult.Loaded) r).resume().work())
        .extracting(Work::name)
        .containsExactly("Analytical Engines");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::message, Diagnostic::hint)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "'company' in work[0] is left out: 'name' is written too",
                "'company' is JSON Resume's earlier name for 'name'; keep one of the two"));
  }
}
