package dev.vitae.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.Samples;
import dev.vitae.load.LoadResult;
import dev.vitae.pipeline.Vitae;
import dev.vitae.schema.ResumeSchema;
import dev.vitae.source.Diagnostic;
import dev.vitae.tailor.Assignment;
import dev.vitae.tailor.FlagError;
import dev.vitae.tailor.Overrides;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loader, {@code --set} and the JSON Schema walk the records by one set of rules ({@link
 * Records}): a key one of them knows, all know; a key one refuses, all refuse.
 */
class RecordsTest {

  static final Resume SAMPLE = Samples.resume();
  static final JsonNode SCHEMA = ResumeSchema.generate();

  static List<String> loaderErrors(String yaml) {
    LoadResult r = Vitae.read("resume.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message).toList();
  }

  static List<String> setErrors(String path, String value) {
    return Overrides.apply(SAMPLE, List.of(new Assignment(path, value))).errors().stream()
        .map(FlagError::message)
        .toList();
  }

  static List<String> schemaKeys(String pointer) {
    List<String> out = new ArrayList<>();
    SCHEMA.at(pointer).fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void aKeyTheLoaderDoesNotKnowIsUnknownToSetAndAbsentFromTheSchema() {
    assertThat(loaderErrors("basics:\n  name: Ada\n  lable: x\n"))
        .containsExactly("unknown key 'lable' in basics");
    assertThat(setErrors("basics.lable", "x")).containsExactly("unknown key 'lable' in basics");
    assertThat(schemaKeys("/definitions/Basics/properties")).doesNotContain("lable");
  }

  @Test
  void aKeyThatIsNotAJavaNameIsTheSameKeyEverywhere() {
    assertThat(loaderErrors("$schema: x.json\nbasics:\n  name: Ada\n")).isEmpty();
    assertThat(loaderErrors("schema: x.json\nbasics:\n  name: Ada\n"))
        .containsExactly("unknown key 'schema' in the top level");
    assertThat(setErrors("$schema", "other.json")).isEmpty();
    assertThat(setErrors("schema", "other.json"))
        .containsExactly("unknown key 'schema' in the top level");
    assertThat(schemaKeys("/properties")).contains("$schema").doesNotContain("schema");
  }

  @Test
  void everyKeyTheSchemaListsIsOneSetKnowsAndTheRecordsHave() {
    assertThat(schemaKeys("/properties")).isEqualTo(Records.keys(Resume.class));
    for (String key : schemaKeys("/definitions/Basics/properties")) {
      assertThat(setErrors("basics." + key, "x"))
          .as(key)
          .noneMatch(e -> e.startsWith("unknown key"));
    }
    for (String key : schemaKeys("/definitions/Work/properties")) {
      assertThat(setErrors("work[0]." + key, "x"))
          .as(key)
          .noneMatch(e -> e.startsWith("unknown key"));
    }
  }

  @Test
  void aClosedChoiceIsSpeltTheSameByTheLoaderSetAndTheSchema() {
    String yaml = "basics:\n  name: Ada\nvariants:\n  b:\n    fit: %s\n";
    assertThat(loaderErrors(yaml.formatted("strict"))).isEmpty();
    assertThat(loaderErrors(yaml.formatted("STRICT")))
        .containsExactly("unknown value 'STRICT' for fit");
    assertThat(SCHEMA.at("/definitions/Variant/properties/fit/enum").toString())
        .isEqualTo("[\"drop\",\"strict\"]");
    assertThat(Keyed.keys(FitMode.class)).containsExactly("drop", "strict");
  }
}
