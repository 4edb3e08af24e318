package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.Samples;
import dev.vitae.check.CheckReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web pages as a crawler reads them (jsoup): the résumé's page and the portfolio written beside
 * the other files, read back by the build, holding the sample's words under headings as written,
 * the person as schema.org JSON-LD, their own fonts subset and inlined, and nothing to fetch.
 */
class WebPagesTest {

  private static final Pattern FONT =
      Pattern.compile(
          "font-family: '([^']+)'; font-weight: (\\d+); font-style: (\\w+);[^}]*base64,([^)]+)\\)");

  @TempDir Path dir;

  private BuildResult.Built build(Path file, String... only) {
    return Letters.built(Pipeline.shipped().build(Letters.request(file, dir, only)));
  }

  private Document page(String name) {
    BuildResult.Built built = build(Samples.SAMPLE, "resume", "dossier", "html");
    return Jsoup.parse(new String(Letters.file(built, name).bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aBuildOfTheHtmlWritesBothPagesAndReadsThemBack() {
    BuildResult.Built built = build(Samples.SAMPLE, "resume", "dossier", "html");
    assertThat(built.written())
        .extracting(dev.vitae.pipeline.Document::fileName)
        .containsExactly(
            "Tushar-Resume.pdf",
            "Tushar-Dossier.pdf",
            "Tushar-Resume.html",
            "Tushar-Portfolio.html",
            "manifest.json");
    assertThat(built.builds().get(0).checks())
        .extracting(CheckReport::file)
        .contains("Tushar-Resume.html", "Tushar-Portfolio.html");
    assertThat(built.builds().get(0).checks()).allMatch(CheckReport::ok);
  }

  @Test
  void withoutTheDossierThereIsNoPortfolio() {
    assertThat(build(Samples.SAMPLE, "html").written())
        .extracting(dev.vitae.pipeline.Document::fileName)
        .containsExactly("Tushar-Resume.html", "manifest.json");
  }

  @Test
  void theResumePageOpensWithThePromptAndHeadsItsSectionsAsWritten() {
    Document doc = page("Tushar-Resume.html");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.title()).isEqualTo("Tushar — Résumé");
    assertThat(doc.selectFirst(".prompt").text())
        .isEqualTo("tushar@backend-systems ~ node: production");
    assertThat(doc.selectFirst("header h1").text()).isEqualTo("Tushar");
    assertThat(doc.selectFirst("header .label").text())
        .isEqualTo("backend engineer / distributed systems / operational tooling");
    assertThat(doc.selectFirst("header .headline").text())
        .isEqualTo(
            "Building backend systems, event-driven infrastructure, and operational tooling at scale.");
    assertThat(doc.select("header .contacts a").eachAttr("href"))
        .containsExactly(
            "mailto:tushar@example.com",
            "https://tushar.example.com",
            "https://github.example.com/tushar");
    assertThat(doc.select("main > section > h2").eachText())
        .containsExactly("Summary", "Impact", "Experience", "Skills", "Education", "Awards");
    assertThat(doc.select("#work ~ article h3").eachText())
        .containsExactly(
            "Software Developer · Magnolia Pearl",
            "Graduate Engineer Trainee · Shiprocket",
            "Software Engineer Trainee · Roxiler Systems",
            "Backend Developer Intern · Gocal");
    assertThat(doc.select("#work ~ article").get(1).select("li").eachText())
        .contains("Implemented Redis-based caching, reducing API response times by roughly 70%.");
  }

  @Test
  void theResumePagesJobsLinkToTheirDossiersInThePortfolioBesideIt() {
    BuildResult.Built built = build(Samples.SAMPLE, "resume", "dossier", "html");
    Document resume =
        Jsoup.parse(
            new String(Letters.file(built, "Tushar-Resume.html").bytes(), StandardCharsets.UTF_8));
    Document portfolio =
        Jsoup.parse(
            new String(
                Letters.file(built, "Tushar-Portfolio.html").bytes(), StandardCharsets.UTF_8));
    List<String> links = resume.select("article .xref a").eachAttr("href");
    assertThat(resume.select("article .xref").eachText())
        .containsExactly(
            "Dossier: Magnolia Pearl Backend Workflows",
            "Dossier: ONDC / Shiprocket Backend Systems");
    for (String link : links) {
      assertThat(link).startsWith("Tushar-Portfolio.html#");
      assertThat(portfolio.getElementById(link.substring(link.indexOf('#') + 1)))
          .as("the target of %s", link)
          .isNotNull();
    }
    Document alone =
        Jsoup.parse(
            new String(
                Letters.file(build(Samples.SAMPLE, "html"), "Tushar-Resume.html").bytes(),
                StandardCharsets.UTF_8));
    assertThat(alone.select(".xref")).as("links without a portfolio beside the page").isEmpty();
  }

  @Test
  void thePersonIsSchemaOrgJsonLd() throws IOException {
    Element script = page("Tushar-Resume.html").selectFirst("script[type=application/ld+json]");
    JsonNode person = new ObjectMapper().readTree(script.data());
    assertThat(person.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(person.get("@type").asText()).isEqualTo("Person");
    assertThat(person.get("name").asText()).isEqualTo("Tushar");
    assertThat(person.get("jobTitle").asText())
        .isEqualTo("backend engineer / distributed systems / operational tooling");
    assertThat(person.get("email").asText()).isEqualTo("tushar@example.com");
    assertThat(person.get("url").asText()).isEqualTo("https://tushar.example.com");
    assertThat(person.get("sameAs").get(0).asText()).isEqualTo("https://github.example.com/tushar");
    assertThat(person.get("worksFor").findValuesAsText("name")).containsExactly("Magnolia Pearl");
    assertThat(person.get("alumniOf").findValuesAsText("name")).containsExactly("DIT University");
    List<String> skills = new ArrayList<>();
    person.get("knowsAbout").forEach(k -> skills.add(k.asText()));
    assertThat(skills).contains("Node.js", "Redis", "PostgreSQL", "event ingestion");
  }

  @Test
  void aValueCannotEndTheJsonLdScript() throws IOException {
    Path file = dir.resolve("resume.yaml");
    String label = "</script><script>alert(1)</script>";
    Files.writeString(
        file,
        Files.readString(Samples.SAMPLE)
            .replace(
                "label: \"backend engineer / distributed systems / operational tooling\"",
                "label: \"" + label + "\""));
    BuildResult.Built built = build(file, "html");
    Document doc =
        Jsoup.parse(
            new String(Letters.file(built, "Tushar-Resume.html").bytes(), StandardCharsets.UTF_8));
    assertThat(doc.select("script")).hasSize(1);
    JsonNode person = new ObjectMapper().readTree(doc.selectFirst("script").data());
    assertThat(person.get("jobTitle").asText()).isEqualTo(label);
    assertThat(doc.selectFirst("header .label").text()).isEqualTo(label);
  }

  @Test
  void itsFontsAreInlinedAndSubsetToItsCharactersInBothCases() throws IOException {
    Document doc = page("Tushar-Resume.html");
    assertThat(doc.select("[src]")).allMatch(e -> e.attr("src").startsWith("data:"));
    assertThat(doc.select("link")).isEmpty();
    String css = doc.select("style").html();
    Matcher m = FONT.matcher(css);
    List<String> faces = new ArrayList<>();
    String text = doc.body().text();
    while (m.find()) {
      faces.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
      byte[] font = Base64.getDecoder().decode(m.group(4));
      assertThat(font.length).as("bytes of the subset of %s", faces.getLast()).isLessThan(40_000);
      try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        // every letter of the page, and the capitals its style sheet makes of section titles
        for (int c : (text + text.toUpperCase(java.util.Locale.ROOT)).codePoints().toArray()) {
          if (!Character.isWhitespace(c)) {
            assertThat(cmap.getGlyphId(c))
                .as("glyph of %s in %s", Character.toString(c), faces.getLast())
                .isPositive();
          }
        }
        assertThat(ttf.getNumberOfGlyphs()).as("glyphs kept").isLessThan(200);
      }
    }
    assertThat(faces)
        .containsExactly(
            "Source Sans 3 400 normal", "Source Sans 3 400 italic", "Source Sans 3 700 normal");
  }

  @Test
  void aHebrewPageInlinesTheHebrewFaceForTheLettersItsFamilyLacks() {
    BuildResult.Built built = build(Path.of("examples/hebrew/resume.yaml"), "html");
    dev.vitae.pipeline.Document page =
        built.written().stream()
            .filter(d -> d.fileName().endsWith("-Resume.html"))
            .findFirst()
            .orElseThrow();
    Document doc = Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8));
    assertThat(doc.selectFirst("html").attr("dir")).isEqualTo("rtl");
    List<String> families = new ArrayList<>();
    Matcher m = FONT.matcher(doc.select("style").html());
    while (m.find()) {
      families.add(m.group(1) + " " + m.group(2));
    }
    assertThat(families)
        .contains("Source Sans 3 400", "Noto Sans Hebrew 400", "Noto Sans Hebrew 700");
    assertThat(families).doesNotContain("Droid Sans Fallback 400");
  }

  @Test
  void thePortfolioHoldsEveryPartLinkedAndEveryFlowAsAList() {
    Document doc = page("Tushar-Portfolio.html");
    assertThat(doc.select("main > section > h2").eachText())
        .containsExactly(
            "Systems I've built",
            "System dossiers",
            "Architecture visualization",
            "Engineering notes",
            "Technical inventory",
            "Production timeline",
            "Operating philosophy",
            "Credentials");
    assertThat(doc.selectFirst("footer h2").text()).isEqualTo("Open a channel");
    for (Element a : doc.select("a[href^=#]")) {
      assertThat(doc.getElementById(a.attr("href").substring(1)))
          .as("the target of %s", a.attr("href"))
          .isNotNull();
    }
    assertThat(doc.select("nav.contents a")).hasSize(9);
    assertThat(doc.select("article.case h3").eachText())
        .containsExactly(
            "Community Infrastructure and Logging Platform",
            "ONDC / Shiprocket Backend Systems",
            "Magnolia Pearl Backend Workflows",
            "Real-time Voice and Support Systems");
    assertThat(doc.select("figure").get(0).select("ol.flow > li > .step-name").eachText())
        .containsExactly("Event Source", "Validate", "Dispatch", "Persist", "Observe");
    assertThat(doc.select("figure").get(0).selectFirst("h3").text())
        .isEqualTo("Event Ingestion Pipeline");
    assertThat(doc.body().text()).doesNotContain("→", "↓", "➜");
    assertThat(doc.select(".job a").eachText()).contains("Magnolia Pearl Backend Workflows");
  }
}
