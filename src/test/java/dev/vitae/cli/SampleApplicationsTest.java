package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's two applications (applications/ in the repository) build as drafts against the
 * sample résumé, whose contacts are placeholders: each placeholder is named, and marking one sent
 * is refused. And a posting can come in on standard input.
 */
class SampleApplicationsTest {

  @TempDir Path dir;
  Path applications;
  Path resume;

  @BeforeEach
  void copy() throws IOException {
    applications = dir.resolve("applications");
    Files.createDirectories(applications);
    try (Stream<Path> files = Files.list(Path.of("applications"))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Files.copy(p, applications.resolve(p.getFileName()));
      }
    }
    resume = dir.resolve("resume.yaml");
    Files.write(resume, Samples.bytes());
  }

  @Test
  void northwindBuildsADraftWithItsLetterAndWordCopiesNamingThePlaceholders() throws IOException {
    Path file = applications.resolve("northwind-backend-engineer.yaml");

    CliTest.Run r = CliTest.run("apply", file.toString(), "--resume", resume.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains(
            resume
                + ":16:10: warning: 'tushar@example.com' is a placeholder: example.com is reserved"
                + " for examples and never reaches anyone",
            resume + ":18:8: warning: 'https://tushar.example.com' is a placeholder",
            resume + ":24:12: warning: 'https://github.example.com/tushar' is a placeholder");
    Path bundle = applications.resolve("sent/2026-12-01-northwind-commerce-backend-engineer");
    assertThat(r.out()).contains("wrote " + bundle + "/ (draft, variant backend)");
    assertThat(r.err()).doesNotContain("cannot make");
    assertThat(bundle.resolve("Tushar-Resume-Northwind-Commerce.docx")).isRegularFile();
    assertThat(bundle.resolve("Tushar-Cover-Letter-Northwind-Commerce.docx")).isRegularFile();
    assertThat(
            PdfReadback.of(
                    Files.readAllBytes(
                        bundle.resolve("Tushar-Cover-Letter-Northwind-Commerce.pdf")))
                .text())
        .contains("Dear Ms. Raman,", "Priya Raman");
    byte[] pdf = Files.readAllBytes(bundle.resolve("Tushar-Resume-Northwind-Commerce.pdf"));
    assertThat(PdfReadback.of(pdf).pages()).isEqualTo(1);
    assertThat(bundle.resolve("posting.txt"))
        .hasSameBinaryContentAs(applications.resolve("northwind-backend-engineer-posting.txt"));

    CliTest.Run sent =
        CliTest.run("apply", "--status", "sent", file.toString(), "--resume", resume.toString());
    assertThat(sent.code()).isEqualTo(1);
    assertThat(sent.err())
        .contains(resume + ":16:10: error: 'tushar@example.com' is a placeholder");
    assertThat(Files.readString(file)).contains("status: draft");
  }

  @Test
  void lumenSendsThePlatformVariantAndTheDossier() throws IOException {
    Path file = applications.resolve("lumen-platform-engineer.yaml");

    CliTest.Run r = CliTest.run("apply", file.toString(), "--resume", resume.toString());

    assertThat(r.code()).isZero();
    Path bundle = applications.resolve("sent/2026-12-03-lumen-labs-platform-engineer");
    assertThat(r.out()).contains("wrote " + bundle + "/ (draft, variant platform)");
    assertThat(
            PdfReadback.of(Files.readAllBytes(bundle.resolve("Tushar-Resume-Lumen-Labs.pdf")))
                .pages())
        .isEqualTo(1);
    assertThat(
            PdfReadback.of(Files.readAllBytes(bundle.resolve("Tushar-Dossier-Lumen-Labs.pdf")))
                .pages())
        .isGreaterThan(1);
  }

  @Test
  void matchAndApplyNewReadThePostingFromStandardInput() throws IOException {
    byte[] posting =
        Files.readAllBytes(applications.resolve("lumen-platform-engineer-posting.txt"));
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(posting));
      CliTest.Run match = CliTest.run("match", resume.toString(), "--job", "-");
      assertThat(match.code()).isZero();
      assertThat(match.out()).startsWith("posting names ").contains("\nplatform:\n");
      System.setIn(new ByteArrayInputStream(posting));
      CliTest.Run start =
          CliTest.run(
              "apply",
              "--new",
              "--company",
              "Globex",
              "--role",
              "SRE",
              "--job",
              "-",
              "--dir",
              applications.toString(),
              "--resume",
              resume.toString());
      assertThat(start.code()).isZero();
    } finally {
      System.setIn(stdin);
    }
    assertThat(applications.resolve("globex-sre-posting.txt")).hasBinaryContent(posting);
    assertThat(Files.readString(applications.resolve("globex-sre.yaml"), StandardCharsets.UTF_8))
        .contains("posting: \"globex-sre-posting.txt\"");
  }
}
