package dev.vitae.cli;

import static dev.vitae.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.cli.CliTest.Run;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Themes chosen per variant or by flag, and a user's own templates in the same sandbox. */
class ThemeTest {

  static final String PAGE =
      """
      <#ftl output_format="XHTML" strip_whitespace=true>
      <#import "lib/common.ftlx" as c>
      <#import "lib/resume-body.ftlx" as r>
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>${doc.info.title}</title><@c.meta info=doc.info/>
      <style type="text/css">@page { size: ${doc.paper}; margin: 0.6in; }
      body { font-family: 'Source Serif 4'; font-size: %s; } p { margin: 0; }</style></head>
      <body>%s<@r.body doc/></body></html>
      """;

  @TempDir Path dir;
  Path resume;

  @BeforeEach
  void starter() {
    resume = dir.resolve("resume.yaml");
    assertThat(run("init", resume.toString()).code()).isZero();
  }

  static PdfReadback pdf(Path file) throws IOException {
    return PdfReadback.of(Files.readAllBytes(file));
  }

  @Test
  void theClassicThemeSetsTheResumeInSourceSerif() throws IOException {
    Run r =
        run(
            "build",
            resume.toString(),
            "--theme",
            "classic",
            "--out",
            dir.resolve("out").toString());
    assertThat(r.code()).isZero();
    assertThat(r.errBesidesPlaceholders()).isEmpty();
    PdfReadback base = pdf(dir.resolve("out/Alex-Example-Resume.pdf"));
    assertThat(base.pages()).isEqualTo(1);
    assertThat(base.fonts()).isNotEmpty().allMatch(f -> f.contains("SourceSerif4"));
    assertThat(base.text()).contains("Alex Example", "EXPERIENCE", "Acme Corp");
    assertThat(pdf(dir.resolve("out/backend/Alex-Example-Resume-backend.pdf")).fonts())
        .allMatch(f -> f.contains("SourceSerif4"));
  }

  /** The dossier is set in the résumé's theme: serif type, and no modern blue in its colours. */
  @Test
  void theClassicThemeSetsTheDossierInSourceSerifAndBlackInk() throws IOException {
    Path out = dir.resolve("out");
    Run r = run("build", resume.toString(), "--theme", "classic", "--out", out.toString());
    assertThat(r.code()).isZero();
    byte[] dossier = Files.readAllBytes(out.resolve("Alex-Example-Dossier.pdf"));
    assertThat(PdfReadback.of(dossier).fonts())
        .isNotEmpty()
        .allMatch(f -> f.contains("SourceSerif4"));
    assertThat(colours(dossier)).doesNotContain("0.122 0.373 0.6").contains("0 0 0");
    Run modern = run("build", resume.toString(), "--out", dir.resolve("modern").toString());
    assertThat(modern.code()).isZero();
    byte[] blue = Files.readAllBytes(dir.resolve("modern/Alex-Example-Dossier.pdf"));
    assertThat(PdfReadback.of(blue).fonts()).allMatch(f -> f.contains("SourceSans3"));
    assertThat(colours(blue)).contains("0.122 0.373 0.6");
  }

  /** Every RGB fill and stroke colour a PDF's pages set, as "r g b" rounded to three places. */
  static java.util.Set<String> colours(byte[] pdf) throws IOException {
    java.util.Set<String> out = new java.util.TreeSet<>();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      for (var page : doc.getPages()) {
        var parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
        java.util.List<Object> operands = new java.util.ArrayList<>();
        for (Object t = parser.parseNextToken(); t != null; t = parser.parseNextToken()) {
          if (t instanceof org.apache.pdfbox.contentstream.operator.Operator op) {
            if ((op.getName().equals("rg") || op.getName().equals("RG")) && operands.size() >= 3) {
              java.util.List<String> rgb = new java.util.ArrayList<>();
              for (Object o : operands.subList(operands.size() - 3, operands.size())) {
                float v = ((org.apache.pdfbox.cos.COSNumber) o).floatValue();
                rgb.add(
                    new java.math.BigDecimal(v)
                        .setScale(3, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString());
              }
              out.add(String.join(" ", rgb));
            }
            operands.clear();
          } else {
            operands.add(t);
          }
        }
      }
    }
    return out;
  }

  @Test
  void aVariantChoosesItsThemeAndTheBaseKeepsTheDefault() throws IOException {
    Files.writeString(
        resume,
        Files.readString(resume)
            .replace(
                "    label: \"Backend Engineer\"",
                "    label: \"Backend Engineer\"\n    theme: classic"));
    assertThat(run("build", resume.toString(), "--out", dir.resolve("out").toString()).code())
        .isZero();
    assertThat(pdf(dir.resolve("out/Alex-Example-Resume.pdf")).fonts())
        .allMatch(f -> f.contains("SourceSans3"));
    assertThat(pdf(dir.resolve("out/backend/Alex-Example-Resume-backend.pdf")).fonts())
        .allMatch(f -> f.contains("SourceSerif4"));
  }

  @Test
  void anUnknownThemeIsBadUsageOrAnError() throws IOException {
    Run flag =
        run("build", resume.toString(), "--theme", "fancy", "--out", dir.resolve("out").toString());
    assertThat(flag.code()).isEqualTo(2);
    assertThat(flag.errBesidesPlaceholders())
        .isEqualTo(
            """
            vitae: error: unknown theme 'fancy'
              hint: shipped themes: modern, classic; your own: resume-fancy.ftlx in a folder given with --templates
            """);
    Files.writeString(
        resume,
        Files.readString(resume)
            .replace(
                "    label: \"Backend Engineer\"",
                "    label: \"Backend Engineer\"\n    theme: fancy"));
    Run yaml = run("build", resume.toString(), "--out", dir.resolve("out").toString());
    assertThat(yaml.code()).isEqualTo(1);
    assertThat(yaml.errBesidesPlaceholders())
        .startsWith("vitae: error: unknown theme 'fancy' in variants.backend.theme\n");
    Run validate = run("validate", resume.toString());
    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.out()).isEmpty();
    assertThat(validate.errBesidesPlaceholders())
        .isEqualTo(
            """
            vitae: error: unknown theme 'fancy' in variants.backend.theme
              hint: shipped themes: modern, classic; your own: resume-fancy.ftlx in a folder given with --templates
            """);
    Files.writeString(
        resume, Files.readString(resume).replace("theme: fancy", "theme: Fancy Look"));
    Run invalid = run("validate", resume.toString());
    assertThat(invalid.code()).isEqualTo(1);
    assertThat(invalid.err()).contains("error: theme 'Fancy Look' is not a theme name");
  }

  /** What a build says of a theme of the tests' own, which sets the fields in one paragraph. */
  static final String USERS_LAYOUT =
      "vitae: warning: backend/Alex-Example-Resume-backend.pdf: with your own template, a résumé"
          + " parser does not read 17 of 39 fields as fields of their own, the first email"
          + " \"alex@example.com\" (vitae check --ats shows each)\n";

  @Test
  void aUsersOwnThemeFromTemplatesIsUsed() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(
        templates.resolve("resume-mine.ftlx"), PAGE.formatted("9pt", "<p>Made with my theme</p>"));
    Run r =
        run(
            "build",
            resume.toString(),
            "--templates",
            templates.toString(),
            "--theme",
            "mine",
            "--variant",
            "backend",
            "--out",
            dir.resolve("out").toString());
    // its layout is the user's: fields a parser would not recover are said, not a failure
    assertThat(r.errBesidesPlaceholders()).isEqualTo(USERS_LAYOUT);
    assertThat(r.code()).isZero();
    assertThat(pdf(dir.resolve("out/backend/Alex-Example-Resume-backend.pdf")).text())
        .startsWith("Made with my theme\nAlex Example");
  }

  @Test
  void aUsersThemeThatDoesNotFitOnePageIsReportedAsTheirs() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("resume-big.ftlx"), PAGE.formatted("30pt", ""));
    Run r =
        run(
            "build",
            resume.toString(),
            "--templates",
            templates.toString(),
            "--theme",
            "big",
            "--variant",
            "backend",
            "--out",
            dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("vitae: error: variant 'backend': the résumé is ")
        .contains(
            "  hint: check your templates in "
                + templates
                + ": at 9 pt a résumé must fit one page\n");
  }

  @Test
  void aUsersTemplatesCannotInstantiateClassesOrReachTheJavaApi() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(
        templates.resolve("resume-new.ftlx"),
        PAGE.formatted(
            "9pt", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"));
    Files.writeString(
        templates.resolve("resume-api.ftlx"),
        PAGE.formatted("9pt", "${doc?api.getClass().getName()}"));
    Path out = dir.resolve("out");
    for (String theme : new String[] {"new", "api"}) {
      Run r =
          run(
              "build",
              resume.toString(),
              "--templates",
              templates.toString(),
              "--theme",
              theme,
              "--variant",
              "backend",
              "--out",
              out.toString());
      assertThat(r.code()).as(theme).isEqualTo(1);
      assertThat(r.err())
          .as(theme)
          .startsWith("vitae: error: template resume-" + theme + ".ftlx: ")
          .contains(
              "  hint: fix the template (your templates are read from " + templates + " first)\n",
              "vitae: nothing written")
          .doesNotContain("uid=", "\tat ");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void aMissingTemplatesFolderIsBadUsage() {
    Run r = run("build", resume.toString(), "--templates", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("vitae: error: no such folder: ");
  }

  /** A user's theme "pic" that draws one image before the résumé. */
  private Run buildWithImage(Path image) throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(
        templates.resolve("resume-pic.ftlx"),
        PAGE.formatted(
            "9pt", "<img src=\"" + image.toUri() + "\" width=\"20\" height=\"20\" alt=\"\"/>"));
    return run(
        "build",
        resume.toString(),
        "--templates",
        templates.toString(),
        "--theme",
        "pic",
        "--variant",
        "backend",
        "--out",
        dir.resolve("out").toString());
  }

  @Test
  void aUsersThemeMayDrawAPngImage() throws IOException {
    // inside the templates folder: a template reads only its own folder's files
    Path png = Files.createDirectories(dir.resolve("templates")).resolve("dot.png");
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    Run r = buildWithImage(png);
    assertThat(r.errBesidesPlaceholders()).isEqualTo(USERS_LAYOUT);
    assertThat(r.code()).isZero();
    try (PDDocument pdf =
        Loader.loadPDF(dir.resolve("out/backend/Alex-Example-Resume-backend.pdf").toFile())) {
      PDResources resources = pdf.getPage(0).getResources();
      assertThat(resources.getXObjectNames()).anyMatch(n -> isImage(resources, n));
    }
  }

  private static boolean isImage(PDResources resources, COSName name) {
    try {
      return resources.getXObject(name) instanceof PDImageXObject;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anSvgImageInAUsersThemeIsATemplateErrorSinceVitaeShipsWithoutBatik() throws IOException {
    Path svg = Files.createDirectories(dir.resolve("templates")).resolve("dot.svg");
    Files.writeString(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><rect width=\"4\" height=\"4\"/></svg>");
    Run r = buildWithImage(svg);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "vitae: error: template image "
                + svg.toUri()
                + ": an SVG image, which vitae does not draw; use a PNG or JPEG image\n")
        .contains("  hint: fix the template (your templates are read from ")
        .doesNotContain("internal error", "\tat ");
  }
}
