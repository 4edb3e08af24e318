package dev.vitae.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Which font draws a character, and what a résumé that never needs a large fallback pays for it.
 */
class FontCoverageTest {

  @Test
  void anOnDemandFallbackIsParsedOnlyForACharacterTheFontsBeforeItLack() {
    AtomicInteger parsed = new AtomicInteger();
    FontCoverage coverage =
        new FontCoverage(
            PdfEngine.load(Path.of("fonts/SourceSans3-Regular.ttf")),
            List.of(
                new FontCoverage.Fallback(
                    "emoji", () -> PdfEngine.load(Path.of("fonts/NotoEmoji-Regular.ttf"))),
                new FontCoverage.Fallback(
                    "cjk",
                    () -> {
                      parsed.incrementAndGet();
                      return PdfEngine.load(Path.of("fonts/DroidSansFallback.ttf"));
                    })));

    assertThat(coverage.uncovered("Zoë Ångström — Ελληνικά, Кириллица 🚀")).isEmpty();
    assertThat(parsed).as("a Latin, Greek, Cyrillic and emoji résumé").hasValue(0);

    assertThat(coverage.fallbackFor('中')).contains("cjk");
    assertThat(coverage.fallbackFor('한')).contains("cjk");
    assertThat(parsed).as("parsed once, then kept").hasValue(1);
  }

  @Test
  void theShippedEngineParsesAFallbackOnlyWhenADocumentNeedsIt() {
    PdfEngine engine = new PdfEngine(FontSet.shipped());
    engine.layout(
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Zoë Ångström — Ελληνικά, Кириллица</p></body></html>");
    assertThat(engine.coverage().parsedFallbacks())
        .as("a Latin, Greek and Cyrillic page")
        .isEmpty();

    engine.layout(
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Ada שלום</p></body></html>");
    assertThat(engine.coverage().parsedFallbacks()).containsExactly("vitae-fallback-1");
    engine.layout("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>سلام</p></body></html>");
    assertThat(engine.coverage().parsedFallbacks())
        .containsExactly("vitae-fallback-1", "vitae-fallback-2");
  }

  @Test
  void theTextFacesCharactersAreToldBeforeItIsParsedAsParsingWouldTellThem() throws Exception {
    PdfEngine engine = new PdfEngine(FontSet.shipped());
    assertThat(engine.textFaceParsed()).as("an engine that has laid nothing out").isFalse();
    org.openpdf.text.pdf.BaseFont parsed =
        PdfEngine.load(FontSet.shipped().families().get(0).files().get(0));
    FontCoverage byParsing = new FontCoverage(parsed, List.of());
    for (int c = 0; c <= 0x10FFFF; c += c < 0x3000 ? 1 : 97) {
      assertThat(engine.coverage().inTextFace(c))
          .as("U+%04X", c)
          .isEqualTo(byParsing.inTextFace(c));
    }
    engine.layout(page("font-family: 'Source Sans 3'", "Ada"));
    assertThat(engine.textFaceParsed()).isTrue();
  }

  @Test
  void pdfsStandardFontsAreParsedOnlyForAPageThatNamesAFamilyTheEngineLacks() throws Exception {
    PdfEngine engine = new PdfEngine(FontSet.shipped());
    LaidOut own = engine.layout(page("font-family: 'Source Sans 3'", "Ada"));
    assertThat(fontNames(own)).singleElement().asString().endsWith("+SourceSans3-Regular");
    assertThat(engine.standardFontsParsed()).as("a page in the engine's own face").isFalse();

    LaidOut helvetica = engine.layout(page("font-family: Helvetica", "Ada"));
    assertThat(engine.standardFontsParsed()).isTrue();
    assertThat(fontNames(helvetica)).containsExactly("Helvetica");
    assertThat(fontNames(engine.layout(page("font-family: 'No Such Face'", "Ada"))))
        .as("a family nobody has: Flying Saucer's serif, as before")
        .containsExactly("Times-Roman");
  }

  private static List<String> fontNames(LaidOut laidOut) throws java.io.IOException {
    byte[] pdf = laidOut.write(new PdfStamp(java.time.Instant.EPOCH, "x"));
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var resources = doc.getPage(0).getResources();
      List<String> fonts = new java.util.ArrayList<>();
      for (var name : resources.getFontNames()) {
        fonts.add(resources.getFont(name).getName());
      }
      return fonts;
    }
  }

  @Test
  void theClassicFaceIsParsedOnlyForAPageThatNamesIt() throws java.io.IOException {
    PdfEngine engine = new PdfEngine(FontSet.shipped());
    assertThat(engine.unparsedFamilies()).containsExactly("Source Serif 4");
    engine.layout(page("font-family: 'Source Sans 3'", "Ada"));
    assertThat(engine.unparsedFamilies()).containsExactly("Source Serif 4");
    LaidOut classic = engine.layout(page("font-family: 'Source Serif 4'", "Ada"));
    assertThat(engine.unparsedFamilies()).isEmpty();
    assertThat(fontNames(classic)).singleElement().asString().endsWith("+SourceSerif4-Regular");

    PdfEngine own =
        new PdfEngine(
            FontSet.shipped(),
            java.util.Optional.of(Path.of("templates")),
            dev.vitae.render.Limits.DEFAULT);
    assertThat(own.unparsedFamilies()).as("a user's style sheet may name any").isEmpty();
  }

  private static String page(String style, String text) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body { "
        + style
        + "; }</style></head><body><p>"
        + text
        + "</p></body></html>";
  }

  @Test
  void scriptsThatNeedShapingAreNamed() {
    assertThat(FontCoverage.unshaped("Ada हिन्दी and தமிழ்")).hasSize(11);
    assertThat(FontCoverage.scripts(FontCoverage.unshaped("हि த"))).isEqualTo("Devanagari, Tamil");
    assertThat(FontCoverage.unshaped("שלום سلام 中文 Ελληνικά ไทย")).isEmpty();
  }
}
