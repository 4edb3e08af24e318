package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.check.Expectation;
import dev.vitae.model.DocumentKind;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.render.pdf.LaidOut;
import dev.vitae.render.pdf.PdfStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new document is a new {@link Output} and its template, nothing else: a business card, defined
 * here on the test side, goes through the same entry point as {@code vitae build}, is read back as
 * it says, and is committed with the rest (or, when its read-back fails, nothing is).
 */
class ToyOutputTest {

  static final String CARD =
      """
      <#ftl output_format="XHTML" strip_whitespace=true>
      <#import "lib/common.ftlx" as c>
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>${doc.info.title}</title><@c.meta info=doc.info/>
      <style type="text/css">@page { size: 3.5in 2in; margin: 0.2in; }
      body { font-family: 'Source Sans 3'; font-size: 10pt; }</style></head>
      <body><p><b>${doc.name}</b></p><p>${doc.label}</p></body></html>
      """;

  /** A card with the résumé's name and label, which its read-back must find, in order. */
  record Card(List<String> mustRead) implements Output {

    @Override
    public DocumentKind kind() {
      return DocumentKind.RESUME;
    }

    @Override
    public String stage() {
      return "card.pdf";
    }

    @Override
    public Rendered render(Job job) {
      String xhtml = job.render("card.ftlx", job.resumeView());
      LaidOut laidOut = job.pdf().layout(xhtml);
      byte[] bytes = laidOut.write(new PdfStamp(job.options().time(), xhtml));
      Document pdf =
          new Document(job.fileName("Card", "pdf"), "card.pdf", bytes, laidOut.pages(), 0);
      return Rendered.pdf(List.of(pdf), new Expectation(1, mustRead));
    }
  }

  @TempDir Path dir;
  Path file;
  Path templates;
  Path out;

  @BeforeEach
  void project() throws IOException {
    file = dir.resolve("resume.yaml");
    Files.writeString(
        file,
        """
        basics:
          name: Ada Example
          label: Platform Engineer
        work:
          - name: Acme
            position: Engineer
        """);
    templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("card.ftlx"), CARD);
    out = dir.resolve("out");
  }

  BuildResult build(Card card) {
    BuildRequest request = BuildRequest.of(file, out).withTemplates(templates);
    return new Pipeline(FontSet.shipped(), Outputs.SHIPPED.with(card)).build(request);
  }

  @Test
  void aNewOutputIsBuiltReadBackAndCommittedWithTheRest() throws IOException {
    BuildResult result = build(new Card(List.of("Ada Example", "Platform Engineer")));

    assertThat(result).isInstanceOf(BuildResult.Built.class);
    BuildResult.Built built = (BuildResult.Built) result;
    assertThat(built.written())
        .extracting(Document::fileName)
        .containsExactly(
            "Ada-Example-Resume.pdf",
            "Ada-Example-Resume.txt",
            "Ada-Example-Resume.md",
            "Ada-Example-Dossier.pdf",
            "Ada-Example-Dossier.txt",
            "Ada-Example-Dossier.md",
            "Ada-Example-Resume.html",
            "Ada-Example-Portfolio.html",
            "Ada-Example-Card.pdf",
            "manifest.json");
    assertThat(built.builds().get(0).checks())
        .extracting(c -> c.file())
        .containsExactly(
            "Ada-Example-Resume.pdf",
            "Ada-Example-Dossier.pdf",
            "Ada-Example-Resume.html",
            "Ada-Example-Portfolio.html",
            "Ada-Example-Card.pdf");
    PdfReadback card = PdfReadback.of(Files.readAllBytes(out.resolve("Ada-Example-Card.pdf")));
    assertThat(card.pages()).isEqualTo(1);
    assertThat(card.text()).contains("Ada Example", "Platform Engineer");
    assertThat(Files.readString(out.resolve("manifest.json")))
        .contains("\"file\" : \"Ada-Example-Card.pdf\"", "\"document\" : \"card.pdf\"");
  }

  @Test
  void itsReadBackIsCheckedAndAFailureWritesNothing() {
    BuildResult result = build(new Card(List.of("Ada Example", "Chief Astronaut")));

    assertThat(result).isInstanceOf(BuildResult.Failed.class);
    List<Problem> problems = ((BuildResult.Failed) result).problems();
    assertThat(problems).hasSize(1).first().isInstanceOf(Problem.ReadBackFailed.class);
    Problem.ReadBackFailed failed = (Problem.ReadBackFailed) problems.get(0);
    assertThat(failed.failed()).hasSize(1);
    assertThat(failed.failed().get(0).file()).isEqualTo("Ada-Example-Card.pdf");
    assertThat(failed.failed().get(0).problems())
        .containsExactly("\"Chief Astronaut\" is missing from the text layer");
    assertThat(out).doesNotExist();
  }
}
