package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.schema.ApplicationSchema;
import dev.vitae.schema.ResumeSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vitae schema} prints resume.yaml's schema, and with --application an application's. */
class SchemaCommandTest {

  @TempDir Path dir;

  @Test
  void printsTheResumeSchemaOrTheApplicationSchema() {
    CliTest.Run resume = CliTest.run("schema");
    CliTest.Run application = CliTest.run("schema", "--application");
    assertThat(resume.code()).isZero();
    assertThat(resume.out()).isEqualTo(ResumeSchema.text());
    assertThat(application.code()).isZero();
    assertThat(application.out()).isEqualTo(ApplicationSchema.text());
    assertThat(application.out()).contains("\"title\": \"vitae application\"");
  }

  @Test
  void writesTheApplicationSchemaAndKeepsAnExistingFile() throws IOException {
    Path out = dir.resolve("application.schema.json");
    assertThat(CliTest.run("schema", "--application", "--out", out.toString()).code()).isZero();
    assertThat(Files.readString(out)).isEqualTo(ApplicationSchema.text());
    CliTest.Run again = CliTest.run("schema", "--application", "--out", out.toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains(out + " already exists; nothing written");
  }
}
