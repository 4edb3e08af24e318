package dev.vitae.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.vitae.Golden;
import dev.vitae.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The committed schema/resume.schema.json is exactly what the model generates (regenerate with
 * {@code -Dgolden.update=true} or {@code vitae schema --out schema/resume.schema.json --force}),
 * and a maintained validator with it accepts what vitae accepts and rejects what vitae rejects.
 */
class ResumeSchemaTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA =
      // The validator's own messages in English whatever the JVM's locale (it has a German
      // translation, which de-DE picked), paths as $.a.b[1] as without a configuration.
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
          .getSchema(
              ResumeSchema.generate(),
              SchemaValidatorsConfig.builder()
                  .pathType(PathType.LEGACY)
                  .locale(Locale.ROOT)
                  .build());

  static List<String> problems(String yaml) throws IOException {
    return problems(YAML.readTree(yaml));
  }

  static List<String> problems(JsonNode node) {
    return SCHEMA.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  @Test
  void theCommittedSchemaIsTheGeneratedOne() {
    Golden.assertMatches(Path.of(ResumeSchema.FILE), ResumeSchema.text());
  }

  @Test
  void theSampleResumeYamlIsValid() throws IOException {
    assertThat(problems(YAML.readTree(Samples.SAMPLE.toFile()))).isEmpty();
  }

  @Test
  void aRealJsonResumeFileIsValid() throws IOException {
    assertThat(
            problems(
                JSON.readTree(
                    Path.of("src/test/resources/json-resume/sample.resume.json").toFile())))
        .isEmpty();
  }

  @Test
  void anItemIsTextOrAMappingWithTextTagsAndPriority() throws IOException {
    assertThat(
            problems(
                """
        basics: {name: Ada}
        work:
          - name: A
            startDate: '2021-03'
            endDate: present
            highlights:
              - plain text
              - {text: tagged, tags: [api], priority: 2}
        """))
        .isEmpty();
  }

  @Test
  void anUnknownKeyIsRejectedEverywhere() throws IOException {
    assertThat(problems("basics: {name: Ada}\nwrok: []\n"))
        .singleElement()
        .asString()
        .contains("wrok");
    assertThat(problems("basics: {name: Ada, emial: a@example.com}\n"))
        .singleElement()
        .asString()
        .contains("emial");
    assertThat(problems("basics: {name: Ada}\nwork: [{highlights: [{text: x, tag: [a]}]}]\n"))
        .anySatisfy(p -> assertThat(p).contains("tag"));
  }

  @Test
  void aWordOrPartThatDoesNotExistIsRejected() throws IOException {
    assertThat(
            problems(
                "basics: {name: Ada}\nlocale: {language: de, words: {work: Berufserfahrung, wrok: x}}\n"))
        .singleElement()
        .asString()
        .contains("wrok");
    assertThat(
            problems("basics: {name: Ada}\nsections: {systems: {title: S}, sytems: {title: S}}\n"))
        .singleElement()
        .asString()
        .contains("sytems");
  }

  @Test
  void aWrongTypeIsRejected() throws IOException {
    assertThat(problems("basics: {name: Ada}\nwork: {name: A}\n"))
        .singleElement()
        .asString()
        .contains("work", "array");
    assertThat(problems("basics: {name: Ada}\nskills: [{name: A, priority: high}]\n"))
        .singleElement()
        .asString()
        .contains("priority", "integer");
  }

  @Test
  void aBadDateIsRejectedAndPresentOnlyEnds() throws IOException {
    assertThat(problems("basics: {name: Ada}\nwork: [{startDate: 'March 2021'}]\n"))
        .anySatisfy(p -> assertThat(p).contains("startDate"));
    assertThat(problems("basics: {name: Ada}\nwork: [{startDate: present}]\n"))
        .anySatisfy(p -> assertThat(p).contains("startDate"));
    assertThat(problems("basics: {name: Ada}\nwork: [{endDate: '2021-3'}]\n"))
        .anySatisfy(p -> assertThat(p).contains("endDate"));
  }

  @Test
  void requiredFieldsAndDescriptionsComeFromTheAnnotations() throws IOException {
    assertThat(problems("basics: {label: x}\n")).singleElement().asString().contains("name");
    JsonNode schema = ResumeSchema.generate();
    assertThat(schema.at("/required").toString()).isEqualTo("[\"basics\"]");
    assertThat(schema.at("/definitions/Basics/properties/label/description").asText())
        .isEqualTo("role title under the name");
    assertThat(schema.at("/definitions/Work/additionalProperties").asBoolean(true)).isFalse();
    assertThat(schema.at("/definitions/PartialDate/pattern").asText())
        .isEqualTo("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
  }

  @Test
  void eachClosedChoiceIsAnEnumAndTheSameSpellingTheLoaderTakes() throws IOException {
    JsonNode schema = ResumeSchema.generate();
    assertThat(schema.at("/definitions/Variant/properties/fit/enum").toString())
        .isEqualTo("[\"drop\",\"strict\"]");
    assertThat(schema.at("/definitions/Variant/properties/documents/items/enum").toString())
        .isEqualTo("[\"resume\",\"dossier\",\"text\",\"letter\",\"docx\",\"html\"]");
    assertThat(schema.at("/definitions/Variant/properties/sections/items/enum").toString())
        .isEqualTo(
            "[\"summary\",\"metrics\",\"work\",\"systems\",\"projects\",\"skills\","
                + "\"education\",\"awards\",\"certificates\",\"publications\",\"volunteer\","
                + "\"languages\",\"interests\"]");
    assertThat(schema.at("/definitions/Localization/properties/direction/enum").toString())
        .isEqualTo("[\"ltr\",\"rtl\"]");
    assertThat(problems("basics: {name: Ada}\nvariants: {b: {fit: strict, sections: [work]}}\n"))
        .isEmpty();
    assertThat(problems("basics: {name: Ada}\nvariants: {b: {fit: STRICT}}\n"))
        .singleElement()
        .asString()
        .contains("fit");
    assertThat(problems("basics: {name: Ada}\nvariants: {b: {sections: [Work]}}\n"))
        .singleElement()
        .asString()
        .contains("sections");
    assertThat(problems("basics: {name: Ada}\nlocale: {direction: RTL}\n"))
        .singleElement()
        .asString()
        .contains("direction");
  }

  @Test
  void aThemeIsAnOpenNameWithTheShippedOnesAsExamples() throws IOException {
    JsonNode theme = ResumeSchema.generate().at("/definitions/Variant/properties/theme");
    assertThat(theme.at("/examples").toString()).isEqualTo("[\"modern\",\"classic\"]");
    assertThat(problems("basics: {name: Ada}\nvariants: {b: {theme: my-own-2}}\n")).isEmpty();
    assertThat(problems("basics: {name: Ada}\nvariants: {b: {theme: Fancy Look}}\n"))
        .singleElement()
        .asString()
        .contains("theme");
  }
}
