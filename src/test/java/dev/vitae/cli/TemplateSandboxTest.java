package dev.vitae.cli;

import static dev.vitae.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.vitae.ChildJvm;
import dev.vitae.cli.CliTest.Run;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's templates ({@code --templates}) found in a download: they may read their own folder's
 * files and nothing else, and a template that never ends, recurses or exhausts memory ends as an
 * error naming it, never as a hang or a stack trace.
 */
class TemplateSandboxTest {

  @TempDir Path dir;
  Path resume;
  Path templates;

  @BeforeEach
  void starter() throws IOException {
    resume = dir.resolve("resume.yaml");
    assertThat(run("init", resume.toString()).code()).isZero();
    templates = Files.createDirectories(dir.resolve("templates"));
  }

  private Run build(String theme) {
    return run(buildArgs(theme));
  }

  private String[] buildArgs(String theme) {
    return new String[] {
      "build",
      resume.toString(),
      "--templates",
      templates.toString(),
      "--theme",
      theme,
      "--variant",
      "backend",
      "--only",
      "resume",
      "--out",
      dir.resolve("out").toString()
    };
  }

  private static void png(Path file, int width, int height) throws IOException {
    ImageIO.write(
        new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
  }

  @Test
  void aTemplateReadsItsOwnFolderButNeitherTheNetworkNorOtherFiles() throws IOException {
    List<String> requests = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestURI().toString());
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    try {
      String web = "http://127.0.0.1:" + server.getAddress().getPort();
      png(templates.resolve("inside.png"), 3, 2);
      Path outside = dir.resolve("outside.png");
      png(outside, 7, 5);
      Files.createSymbolicLink(templates.resolve("link.png"), outside);
      Files.writeString(templates.resolve("mine.css"), "p.mark { color: #123456; }");
      String body =
          """
          <img alt="" src="inside.png"/><img alt="" src="%1$s/remote.png"/><img alt="" src="%2$s"/>
          <img alt="" src="../outside.png"/><img alt="" src="link.png"/>
          <p class="mark">Made with my theme</p>
          """
              .formatted(web, outside.toUri());
      String page =
          ThemeTest.PAGE
              .formatted("9pt", body)
              .replace(
                  "<style type=\"text/css\">",
                  "<link rel=\"stylesheet\" type=\"text/css\" href=\"mine.css\"/>"
                      + "<link rel=\"stylesheet\" type=\"text/css\" href=\""
                      + web
                      + "/remote.css\"/><style type=\"text/css\">@import url(\""
                      + web
                      + "/imported.css\");");
      Files.writeString(templates.resolve("resume-web.ftlx"), page);

      Run r = build("web");

      assertThat(r.errBesidesPlaceholders()).isEqualTo(ThemeTest.USERS_LAYOUT);
      assertThat(r.code()).isZero();
      assertThat(requests).as("requests the local server received").isEmpty();
      assertThat(images(dir.resolve("out/backend/Alex-Example-Resume-backend.pdf")))
          .as("the images embedded, as width x height")
          .containsExactly("3x2");
    } finally {
      server.stop(0);
    }
  }

  private static List<String> images(Path pdf) throws IOException {
    List<String> sizes = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            sizes.add(image.getWidth() + "x" + image.getHeight());
          }
        }
      }
    }
    return sizes;
  }

  @Test
  void aTemplateIncludingItselfIsATemplateErrorOfAFewLines() throws IOException {
    Files.writeString(
        templates.resolve("resume-loop.ftlx"),
        ThemeTest.PAGE.formatted("9pt", "<#include \"resume-loop.ftlx\">"));
    Run r = build("loop");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "vitae: error: template resume-loop.ftlx: calls or includes itself without end (a"
                + " macro, function or <#include> that never stops)\n"
                + "  hint: fix the template (your templates are read from "
                + templates
                + " first)\n"
                + "vitae: nothing written; "
                + dir.resolve("out")
                + " was not made\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aTemplateWritingMillionsOfParagraphsStopsAtTheOutputLimit() throws IOException {
    Files.writeString(
        templates.resolve("resume-flood.ftlx"),
        ThemeTest.PAGE.formatted("9pt", "<#list 1..3000000 as i><p>paragraph ${i}</p></#list>"));
    long start = System.nanoTime();
    Run r = build("flood");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "vitae: error: template resume-flood.ftlx: wrote more than 8,388,608 characters; a"
                + " résumé or dossier is far shorter (a loop without end?)\n")
        .doesNotContain("\tat ");
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(60);
  }

  @Test
  void aTemplateExhaustingMemoryIsATemplateErrorNotAnOutOfMemoryError()
      throws IOException, InterruptedException {
    Files.writeString(
        templates.resolve("resume-grow.ftlx"),
        ThemeTest.PAGE.formatted(
            "9pt", "<#assign s = \"x\"><#list 1..60 as i><#assign s = s + s></#list>${s}"));
    ChildJvm.Result r = ChildJvm.run(dir, List.of("-Xmx96m"), buildArgs("grow"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "vitae: error: template resume-grow.ftlx: ran out of memory (a value or list that"
                + " grows without end?)\n")
        .doesNotContain("OutOfMemoryError", "\tat ");
  }
}
