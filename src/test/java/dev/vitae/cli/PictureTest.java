package dev.vitae.cli;

import static dev.vitae.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code basics.image}, a picture in the project's folder: drawn on the dossier's cover and in both
 * web pages (inlined), left off the one-page résumé; a missing or unreadable one is an error at its
 * line.
 */
class PictureTest {

  @TempDir Path dir;

  private Path sampleWith(String image) throws IOException {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(
        file,
        Files.readString(Samples.SAMPLE)
            .replace("  name: \"Tushar\"\n", "  name: \"Tushar\"\n  image: \"" + image + "\"\n"));
    return file;
  }

  private void portrait(Path to) throws IOException {
    BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x1f5f99));
    g.fillRect(0, 0, 96, 96);
    g.dispose();
    ImageIO.write(image, "png", to.toFile());
  }

  private static int images(PDPage page) throws IOException {
    int n = 0;
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject) {
        n++;
      }
    }
    return n;
  }

  @Test
  void aPictureOfTheProjectIsOnTheDossiersCoverAndTheWebPages() throws IOException {
    Path file = sampleWith("photo.png");
    portrait(dir.resolve("photo.png"));
    Path out = dir.resolve("out");
    CliTest.Run r =
        run("build", file.toString(), "--out", out.toString(), "--only", "resume,dossier,html");
    assertThat(r.code()).as(r.err()).isZero();
    try (PDDocument dossier = Loader.loadPDF(out.resolve("Tushar-Dossier.pdf").toFile());
        PDDocument resume = Loader.loadPDF(out.resolve("Tushar-Resume.pdf").toFile())) {
      assertThat(images(dossier.getPage(0))).as("pictures on the dossier's cover").isEqualTo(1);
      assertThat(images(dossier.getPage(1))).as("pictures on its second page").isZero();
      assertThat(images(resume.getPage(0))).as("pictures on the résumé").isZero();
    }
    for (String page : new String[] {"Tushar-Resume.html", "Tushar-Portfolio.html"}) {
      Document doc = Jsoup.parse(Files.readString(out.resolve(page)));
      assertThat(doc.select("header img.picture").attr("src")).startsWith("data:image/png;base64,");
      assertThat(doc.select("header img.picture").attr("alt")).isEqualTo("Tushar");
      assertThat(doc.selectFirst("script[type=application/ld+json]").data())
          .doesNotContain("\"image\"");
    }
  }

  @Test
  void aMissingPictureIsAnErrorAtItsLine() throws IOException {
    Path file = sampleWith("nope.png");
    Path out = dir.resolve("out");
    CliTest.Run r = run("build", file.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            file + ":13:10: error: no picture 'nope.png' in the folder of resume.yaml",
            "  image: \"nope.png\"",
            "  hint: save the picture as .png or .jpg in the folder of resume.yaml",
            "vitae: nothing written");
    assertThat(out).doesNotExist();
  }

  @Test
  void aFileThatIsNoPictureIsAnError() throws IOException {
    Path file = sampleWith("photo.png");
    Files.writeString(dir.resolve("photo.png"), "not a picture");
    CliTest.Run r = run("build", file.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(file + ":13:10: error: picture 'photo.png' is neither a PNG nor a JPEG file");
  }
}
