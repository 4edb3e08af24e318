package dev.vitae.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.vitae.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The committed schema/application.schema.json is what the model generates, and a maintained
 * validator with it accepts an application vitae accepts and rejects the typos vitae rejects.
 */
class ApplicationSchemaTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final JsonSchema SCHEMA =
      // The validator's own messages in English whatever the JVM's locale (it has a German
      // translation, which de-DE picked), paths as $.a.b[1] as without a configuration.
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
          .getSchema(
              ApplicationSchema.generate(),
              SchemaValidatorsConfig.builder()
                  .pathType(PathType.LEGACY)
                  .locale(Locale.ROOT)
                  .build());

  static List<String> problems(String yaml) throws IOException {
    return SCHEMA.validate(YAML.readTree(yaml)).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .toList();
  }

  @Test
  void theCommittedSchemaIsTheGeneratedOne() {
    Golden.assertMatches(Path.of(ApplicationSchema.FILE), ApplicationSchema.text());
  }

  @Test
  void aWholeApplicationIsValid() throws IOException {
    assertThat(
            problems(
                """
                company: Acme
                role: Backend Engineer
                posting: acme.txt
                date: "2026-12-01"
                variant: auto
                documents: [resume, cover-letter]
                formats: [\"pdf\", \"docx\"]
                status: sent
                letter:
                  recipient: {name: Dana Rivera, address: [1 Main St]}
                  greeting: Dear Dana,
                  paragraphs: [One., Two.]
                  closing: Kind regards,
                """))
        .isEmpty();
  }

  @Test
  void typosAndUnknownChoicesAreRejectedAsTheLoaderRejectsThem() throws IOException {
    assertThat(
            problems(
                """
                company: Acme
                role: SRE
                status: snet
                formats: [pdf, odt]
                letter: {paragraphs: [Hi], closeing: Bye}
                """))
        .containsExactly(
            "$.formats[1]: does not have a value in the enumeration [\"pdf\", \"docx\"]",
            "$.letter: property 'closeing' is not defined in the schema and the schema does not"
                + " allow additional properties",
            "$.status: does not have a value in the enumeration [\"draft\", \"sent\", \"interview\","
                + " \"offer\", \"rejected\", \"withdrawn\"]");
  }

  @Test
  void companyAndRoleAreRequired() throws IOException {
    assertThat(problems("notes: hi\n"))
        .containsExactly(
            "$: required property 'company' not found", "$: required property 'role' not found");
  }
}
