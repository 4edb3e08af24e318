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
        .startsWith(
            """
            # yaml-language-server: $schema=resume.schema.json
            # Imported from round-trip.json by 'vitae import'.\
            """)
        .contains(
            """
            'vitae build'.

            basics:
              name: "Richard Hendriks"
            """)
        .doesNotContain("$schema:")
        .contains(
            """
            work:
              - name: "Hooli XYZ"
                position: "Head of Compression"
                startDate: "2015-01"
                highlights:
                  - "Shipped the Box"
            """)
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

  /**
   * Text that a YAML 1.1 reader types as something else when written plain: booleans ({@code NO},
   * Norway's country code), null, numbers (octal, hex, sexagesimal {@code 12:30}), dates and
   * timestamps, and YAML's indicators and escapes.
   */
  static final String MISTYPED =
      """
      {
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": {
          "name": "Yes",
          "label": "NO",
          "summary": "- dash: colon # hash 'single' \\"double\\" \\\\ back\\nsecond line\\ttab",
          "location": {"city": "on", "region": "~", "countryCode": "NO"},
          "profiles": [{"network": "null", "username": "0x1F"}]
        },
        "work": [
          {
            "name": "true",
            "position": "1e3",
            "startDate": "2021-03",
            "endDate": "2022-01-15",
            "highlights": [
              "off", "12:30", ".inf", "010", "2021-03-01", "2001-12-14t21:59:43.10-05:00",
              "@at", "`tick", "%pct", "!tag", "&anchor", "*alias", "[flow]", "{flow}", "? key",
              "|", ">", "  leading spaces", "trailing spaces  ", "a: b", "x #y",
              "ünïcödé 日本語 עברית 😀", "line\\u2028separator\\u2029paragraph", ""
            ]
          }
        ],
        "skills": [{"name": "y", "keywords": ["n", "Y", "N", "~", "<<", "=", "0b101", "1_000"]}]
      }
      """;

  @Test
  void importedTextThatYamlWouldMistypeLoadsBackAsTheSameText() throws IOException {
    ObjectNode original = (ObjectNode) JSON.readTree(MISTYPED);
    String yaml = JsonResumeImport.of(original, "mistyped.json").yaml();
    var resume = Samples.load("resume.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(resume.basics().label()).isEqualTo("NO");
    assertThat(resume.basics().location().countryCode()).isEqualTo("NO");
    assertThat(resume.work().get(0).highlights().get(1).text()).isEqualTo("12:30");
    assertThat(resume.basics().summary())
        .isEqualTo("- dash: colon # hash 'single' \"double\" \\ back\nsecond line\ttab");
    // The empty highlight is absent, as import drops empty strings; everything else comes back.
    ((ArrayNode) original.path("work").get(0).path("highlights")).remove(23);
    assertThat(JSON.readTree(JsonResumeExport.of(resume).json())).isEqualTo(original);
  }

  @Test
  void anyYamlReaderReadsTheImportedTextAsText() throws IOException {
    ObjectNode original = (ObjectNode) JSON.readTree(MISTYPED);
    String yaml = JsonResumeImport.of(original, "mistyped.json").yaml();
    // SnakeYAML's own YAML 1.1 resolver: plain NO is false, 12:30 is 750, 2021-03-01 a Date.
    Object typed = new org.yaml.snakeyaml.Yaml().load(yaml);
    ((ArrayNode) original.path("work").get(0).path("highlights")).remove(23);
    original.remove("$schema"); // replaced by the comment naming vitae's schema
    JsonNode tree = JSON.valueToTree(typed);
    assertThat(tree).isEqualTo(original);
  }
}
