package dev.vitae.rendercv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.jsonresume.YamlTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A RenderCV file in vitae's vocabulary: where each entry type goes, what is left out. */
class RenderCvImportTest {

  private static final Path FILE = Path.of("src/test/resources/rendercv/Priya_Raman_CV.yaml");

  private static RenderCvImport.Converted convert() throws IOException {
    ObjectNode tree = YamlTree.of(Files.readString(FILE)).orElseThrow();
    assertThat(RenderCvImport.is(tree)).isTrue();
    return RenderCvImport.of(tree);
  }

  @Test
  void theHeaderBecomesBasicsWithProfileAddresses() throws IOException {
    JsonNode basics = convert().resume().path("basics");
    assertThat(basics.path("name").asText()).isEqualTo("Priya Raman");
    assertThat(basics.path("label").asText()).isEqualTo("Site Reliability Engineer");
    assertThat(basics.path("location").path("city").asText()).isEqualTo("Pune");
    assertThat(basics.path("location").path("region").asText()).isEqualTo("Maharashtra");
    assertThat(basics.path("url").asText()).isEqualTo("https://raman.example/");
    assertThat(basics.path("summary").asText())
        .isEqualTo("SRE who keeps payment systems up at **four nines** and makes on-call boring.");
    assertThat(basics.path("profiles").findValuesAsText("url"))
        .containsExactly(
            "https://linkedin.com/in/priyaraman",
            "https://github.com/praman",
            "https://hachyderm.io/@priya");
  }

  @Test
  void eachEntryTypeGoesToItsSectionNamesAsTextBulletsKeepingTheirMarkdown() throws IOException {
    ObjectNode r = convert().resume();
    JsonNode job = r.path("work").get(0);
    assertThat(job.path("name").asText()).isEqualTo("Kestrel Payments");
    assertThat(job.path("url").asText()).isEqualTo("https://kestrel.example");
    assertThat(job.path("startDate").asText()).isEqualTo("2021-02");
    assertThat(job.path("endDate").asText()).isEqualTo("present");
    assertThat(job.path("highlights").get(0).asText())
        .isEqualTo(
            "Cut paging alerts by 64% by replacing static thresholds with **SLO burn-rate**"
                + " alerts.");
    assertThat(r.path("work").get(1).path("highlights").get(0).asText())
        .isEqualTo("Automated host provisioning with *Ansible*, from two days to forty minutes.");
    JsonNode degree = r.path("education").get(0);
    assertThat(degree.path("studyType").asText()).isEqualTo("BTech");
    assertThat(degree.path("score").asText()).isEqualTo("8.9/10");
    JsonNode project = r.path("projects").get(0);
    assertThat(project.path("name").asText()).isEqualTo("pagerlint");
    assertThat(project.path("url").asText()).isEqualTo("https://github.com/praman/pagerlint");
    assertThat(project.path("startDate").asText()).isEqualTo("2023");
    JsonNode paper = r.path("publications").get(0);
    assertThat(paper.path("url").asText()).isEqualTo("https://doi.org/10.5555/srecon.2024.17");
    assertThat(paper.path("summary").asText()).isEqualTo("Priya Raman, Arjun Mehta");
    assertThat(r.path("awards").get(0).path("title").asText())
        .isEqualTo("Kestrel Engineering Award (2023)");
    assertThat(r.path("skills").get(1).path("keywords").findValuesAsText("x")).isEmpty();
    assertThat(r.path("skills").get(1).path("keywords").toString())
        .isEqualTo("[\"Kubernetes\",\"Terraform\",\"Prometheus\",\"Go\"]");
    assertThat(r.path("languages").get(1).path("fluency").asText()).isEqualTo("Native");
    assertThat(r.path("publications").get(1).path("name").asText())
        .isEqualTo("Adaptive alert suppression for correlated failures (IN 2024/0117)");
  }

  @Test
  void everySectionIsAccountedFor() throws IOException {
    assertThat(convert().notes())
        .containsExactly(
            "cv.sections.summary (TextEntry) → basics.summary",
            "left out: cv.sections.welcome_note (a section of TextEntry has no place in vitae)",
            "cv.sections.experience (ExperienceEntry) → work",
            "left out: education[0]'s 1 highlight(s) (a degree has area, score and courses):"
                + " Thesis: Consensus under partitions",
            "cv.sections.education (EducationEntry) → education",
            "cv.sections.projects (NormalEntry) → projects",
            "cv.sections.publications (PublicationEntry) → publications",
            "cv.sections.selected_honors (BulletEntry) → awards",
            "cv.sections.skills (OneLineEntry) → skills",
            "cv.sections.languages (OneLineEntry) → languages",
            "cv.sections.patents (NumberedEntry) → publications",
            "left out: cv.sections.invited_talks (a section of NumberedEntry has no place in vitae)",
            "left out: design (vitae's look is its theme: --theme modern or classic)",
            "left out: locale (vitae's words and dates follow locale: in resume.yaml)");
  }

  @Test
  void aJsonResumeIsNotRenderCv() throws IOException {
    ObjectNode tree = YamlTree.of("basics: {name: Ada}\ncv: {x: 1}\n").orElseThrow();
    assertThat(RenderCvImport.is(tree)).isFalse();
  }
}
