package dev.vitae.jsonresume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.vitae.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** JSON Resume out (valid against the official schema) and in (unknown fields named, not fatal). */
class JsonResumeTest {

  private static final Path DIR = Path.of("src/test/resources/json-resume");
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<String> officialSchemaProblems(JsonNode doc) throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(
                JSON.readTree(DIR.resolve("schema.json").toFile()),
                // the validator's messages in English, whatever the JVM's locale
                SchemaValidatorsConfig.builder()
                    .locale(Locale.ENGLISH)
                    .pathType(PathType.LEGACY)
                    .build());
    return schema.validate(doc).stream().map(ValidationMessage::getMessage).toList();
  }

  static ObjectNode read(String name) throws IOException {
    return (ObjectNode) JSON.readTree(DIR.resolve(name).toFile());
  }

  @Test
  void theOfficialSchemaRejectsWhatItShould() throws IOException {
    assertThat(officialSchemaProblems(read("round-trip.json"))).isEmpty();
    // JSON Resume's own sample fails its schema's uri format on the two values import fixes or
    // drops.
    assertThat(officialSchemaProblems(read("sample.resume.json")))
        .containsExactlyInAnyOrder(
            "$.basics.profiles[0].url: does not match the uri pattern must be a valid RFC 3986 URI",
            "$.projects[0].url: does not match the uri pattern must be a valid RFC 3986 URI");
    assertThat(officialSchemaProblems(JSON.readTree("{\"work\": [{\"startDate\": \"present\"}]}")))
        .isNotEmpty();
    assertThat(officialSchemaProblems(JSON.readTree("{\"metrics\": []}"))).isNotEmpty();
  }

  @Test
  void theSampleExportsToValidJsonResumeAndNamesWhatIsLeftOut() throws IOException {
    JsonResumeExport.Exported e = JsonResumeExport.of(Samples.resume());
    JsonNode doc = JSON.readTree(e.json());
    assertThat(officialSchemaProblems(doc)).isEmpty();
    assertThat(doc.path("$schema").asText()).isEqualTo(Vocabulary.SCHEMA_URL);
    assertThat(doc.path("basics").path("name").asText()).isEqualTo("Tushar");
    assertThat(doc.path("work").size()).isEqualTo(Samples.resume().work().size());
    assertThat(doc.path("work").get(0).has("endDate"))
        .as("present is written as no endDate")
        .isFalse();
    assertThat(doc.path("skills").get(0).path("keywords").get(0).isTextual()).isTrue();
    assertThat(e.leftOut())
        .contains("basics.headline", "metrics", "work[].stack", "systems", "dossiers", "variants")
        .doesNotContain("basics", "work", "skills");
    assertThat(e.json()).endsWith("}\n").contains("  \"basics\": {\n    \"name\": \"Tushar\",\n");
  }

  @Test
  void importThenLoadThenExportGivesTheSameJsonResume() throws IOException {
    ObjectNode original = read("round-trip.json");
    JsonResumeImport.Imported imported = JsonResumeImport.of(original, "round-trip.json");
    assertThat(imported.ignored()).isEmpty();
    assertThat(imported.fixed()).isEmpty();
    var resume = Samples.load("resume.yaml", imported.yaml().getBytes(StandardCharsets.UTF_8));
    JsonResumeExport.Exported exported = JsonResumeExport.of(resume);
    assertThat(exported.leftOut()).isEmpty();
    assertThat(JSON.readTree(exported.json())).isEqualTo(original);
  }

  @Test
  void importWritesBlockYamlWithQuotedDates() throws IOException {
    String yaml = JsonResumeImport.of(read("round-trip.json"), "round-trip.json").yaml();
    assertThat(yaml)
        .startsWith("# Imported from round-trip.json by 'vitae import'.")
        .contains(
            "\"$schema\": \"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json\"\n\nbasics:\n"
                + "  name: \"Richard Hendriks\"\n")
        .contains(
            "work:\n  - name: \"Hooli XYZ\"\n    position: \"Head of Compression\"\n"
                + "    startDate: \"2015-01\"\n    highlights:\n      - \"Shipped the Box\"\n")
        .doesNotContain("{", "[");
  }

  @Test
  void unknownFieldsAreDroppedAndNamedEmptyOnesDroppedBareUrlsFixed() throws IOException {
    ObjectNode json = read("sample.resume.json");
    ((ObjectNode) json.path("basics")).put("website", "https://old.example.com");
    ((ObjectNode) json.path("work").get(0)).put("company", "Pied Piper");
    ((ObjectNode) json.path("meta")).putObject("theme").put("name", "elegant");
    ((ArrayNode) json.path("skills")).addObject().put("name", "Ops").put("id", 7);
    JsonResumeImport.Imported imported = JsonResumeImport.of(json, "x.json");
    assertThat(imported.ignored())
        .containsExactly("basics.website", "work[0].company", "skills[2].id", "meta.theme");
    assertThat(imported.fixed()).containsExactly("projects[0].url: added https://");
    var resume = Samples.load("resume.yaml", imported.yaml().getBytes(StandardCharsets.UTF_8));
    assertThat(resume.basics().image()).isNull();
    assertThat(resume.basics().profiles().get(0).url()).isNull();
    assertThat(resume.projects().get(0).url()).isEqualTo("https://missdirection.example.com");
  }

  @Test
  void yamlQuotingKeepsEveryCharacter() {
    assertThat(YamlText.quote("a \"b\" \\ c\nd\u0007"))
        .isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\u0007\"");
  }
}
