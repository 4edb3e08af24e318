package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.load.LoadResult;
import dev.vitae.model.FitMode;
import dev.vitae.render.pdf.FontSet;
import dev.vitae.source.DiagnosticFormatter;
import dev.vitae.tailor.Profile;
import dev.vitae.view.Paper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every script either extracts back from the PDF exactly, or is refused, before a PDF is written,
 * with the characters no font has. Right-to-left layout in detail: {@link RightToLeftTest}.
 */
class ScriptsTest {

  static final BuildOptions OPTIONS =
      new BuildOptions(Paper.A4, Instant.parse("2026-01-01T00:00:00Z"));

  @TempDir Path dir;

  static LoadResult.Loaded load(String yaml) {
    LoadResult r = Vitae.read("resume.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(r.diagnostics()).isEmpty();
    return (LoadResult.Loaded) r;
  }

  /** Writes resume.yaml into the project folder. */
  Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("resume.yaml"), yaml);
  }

  /**
   * What the checks of a build say about {@code yaml}, through the entry point {@code vitae build}
   * uses. Paths are shortened to {@code resume.yaml}, as the expected texts write them.
   */
  String refused(String yaml, FontSet fonts) throws IOException {
    Path file = write(yaml);
    List<Problem> problems =
        new Pipeline(fonts, Outputs.SHIPPED).check(BuildRequest.of(file, dir.resolve("out")));
    assertThat(problems).anyMatch(Problem::stops);
    Problem.Diagnostics refused = (Problem.Diagnostics) problems.get(problems.size() - 1);
    return DiagnosticFormatter.format(refused.source(), refused.diagnostics())
        .replace(file.toString(), "resume.yaml");
  }

  /** The résumé PDF {@code vitae build --only resume --paper a4} writes of {@code yaml}. */
  byte[] built(String yaml, FontSet fonts) throws IOException {
    Path out = dir.resolve("out");
    BuildRequest request =
        new BuildRequest(
            write(yaml),
            out,
            List.of(),
            new Profile.Flags(List.of(), List.of(), List.of("resume"), List.of()),
            Optional.empty(),
            Paper.A4,
            FitMode.DROP,
            0,
            false,
            false,
            Optional.empty());
    BuildResult result = new Pipeline(fonts, Outputs.SHIPPED).build(request);
    assertThat(result).isInstanceOf(BuildResult.Built.class);
    BuildResult.Built built = (BuildResult.Built) result;
    assertThat(built.warnings().diagnostics()).isEmpty();
    return Files.readAllBytes(out.resolve(built.written().get(0).fileName()));
  }

  PdfReadback pdf(String yaml, FontSet fonts) throws IOException {
    return PdfReadback.of(built(yaml, fonts));
  }

  static final List<String> SHIPPED_SCRIPTS =
      List.of(
          "Zoë Ångström-Núñez, Łódź, Ærøskøbing, façade, naïve, Dvořák",
          "Ελληνικά: Αθηνά Παπαδοπούλου, Θεσσαλονίκη",
          "Кириллица: Анна Иванова, Новосибирск, щётка",
          "עברית: דנה כהן, תל אביב-יפו",
          "العربية: ليلى حسن، الدار البيضاء",
          "Shipped 🚀 on time ✅ with ☕ and 🎉");

  @Test
  void latinGreekCyrillicHebrewArabicAndEmojiExtractBackExactly() throws IOException {
    String yaml =
        """
        basics:
          name: 'Zoë 🚀 Ångström'
        work:
          - name: Acme
            position: Engineer
            highlights:
        """
            + SHIPPED_SCRIPTS.stream().map(s -> "      - '" + s + "'\n").reduce("", String::concat);
    PdfReadback pdf = pdf(yaml, FontSet.shipped());
    assertThat(pdf.lines()).startsWith("Zoë 🚀 Ångström");
    for (String s : SHIPPED_SCRIPTS) {
      assertThat(pdf.lines()).contains("•  " + s);
    }
    assertThat(pdf.text().codePoints().filter(c -> c == 0xFFFD || c == 0xFFFF)).isEmpty();
    assertThat(pdf.fonts())
        .anyMatch(f -> f.endsWith("+NotoEmoji-Regular"))
        .anyMatch(f -> f.endsWith("+NotoSansHebrew-Regular"))
        .anyMatch(f -> f.endsWith("+NotoSansArabic-Regular"));
    assertThat(pdf.fontsEmbedded()).containsOnly(true);
  }

  @Test
  void zeroWidthMarksAreNotDrawnAndEmojiSequencesShowAsTheirParts() throws IOException {
    String yaml =
        """
        basics:
          name: "Ada\\u2060Lovelace"
          label: "Peace \\u270C\\uFE0F and \\U0001F469\\u200D\\U0001F4BB"
        """;
    assertThat(pdf(yaml, FontSet.shipped()).lines()).startsWith("AdaLovelace", "Peace ✌ and 👩💻");
  }

  @Test
  void chineseJapaneseAndKoreanAreSetInTheShippedFallbackAndExtractBackExactly()
      throws IOException {
    List<String> cjk = List.of("中文：王小明，北京大学计算机系", "日本語：ひらがな、カタカナ、東京", "한국어: 김민준, 서울");
    String yaml =
        """
        basics:
          name: 王小明 Wang
        work:
          - name: Acme
            highlights:
        """
            + cjk.stream().map(s -> "      - '" + s + "'\n").reduce("", String::concat);
    PdfReadback pdf = pdf(yaml, FontSet.shipped());
    assertThat(pdf.lines()).startsWith("王小明 Wang");
    // The first space this page draws is the bullet's no-break space, and a font's Unicode map
    // names
    // the one glyph both share after the first character drawn with it.
    List<String> lines = pdf.lines().stream().map(l -> l.replace('\u00A0', ' ')).toList();
    for (String s : cjk) {
      assertThat(lines).contains("•  " + s);
    }
    assertThat(pdf.fonts()).anyMatch(f -> f.endsWith("+DroidSansFallback"));
  }

  @Test
  void aScriptNoFontCoversIsRefusedWithTheCharactersAndHowToAddAFont() throws IOException {
    assertThat(
            refused(
                """
        basics:
          name: Ada
          label: Երևան engineer Ե
        """,
                FontSet.shipped()))
        .isEqualTo(
            """
        resume.yaml:3:10: error: the résumé uses characters no font covers: Ե (U+0535), ր (U+0580), և (U+0587), ա (U+0561), ն (U+0576)
              label: Երևան engineer Ե
                     ^
          hint: add a TrueType font that has them to resume.yaml: 'fonts: [fonts/NotoSansArmenian-Regular.ttf]' (a .ttf file inside the folder of resume.yaml)
        1 error
        """);
  }

  @Test
  void scriptsThatNeedShapingAreRefusedEvenWithAFont() throws IOException {
    Files.copy(Path.of("src/test/resources/fonts/VitaeTestIdeographs.ttf"), dir.resolve("any.ttf"));
    assertThat(
            refused(
                """
        basics:
          name: हिन्दी
          label: தமிழ் engineer
        fonts: [any.ttf]
        """,
                FontSet.shipped()))
        .isEqualTo(
            """
        resume.yaml:2:9: error: vitae cannot lay out Devanagari text yet: ह (U+0939), ि (U+093F), न (U+0928), ् (U+094D), द (U+0926), ी (U+0940)
              name: हिन्दी
                    ^
          hint: this script's letters must be reordered and combined (shaping), which vitae's PDF engine does only for Arabic, so a font would not help; write this value in Latin letters
        resume.yaml:3:10: error: vitae cannot lay out Tamil text yet: த (U+0BA4), ம (U+0BAE), ி (U+0BBF), ழ (U+0BB4), ் (U+0BCD)
              label: தமிழ் engineer
                     ^
          hint: this script's letters must be reordered and combined (shaping), which vitae's PDF engine does only for Arabic, so a font would not help; write this value in Latin letters
        2 errors
        """);
  }

  @Test
  void aFontNamedInResumeYamlCoversWhatTheShippedFontsLack() throws IOException {
    FontSet textFaceOnly = new FontSet(FontSet.shipped().families(), List.of());
    String yaml =
        """
        basics:
          name: Ada
          label: Launches 🚀
        """;
    assertThat(refused(yaml, textFaceOnly))
        .startsWith(
            """
        resume.yaml:3:10: error: the résumé uses characters no font covers: 🚀 (U+1F680)
        """);

    Files.createDirectories(dir.resolve("fonts"));
    Files.copy(Path.of("fonts/NotoEmoji-Regular.ttf"), dir.resolve("fonts/emoji.ttf"));
    assertThat(pdf(yaml + "fonts: [fonts/emoji.ttf]\n", textFaceOnly).lines())
        .contains("Launches 🚀");
  }

  @Test
  void cjkWithAFontNamedInResumeYamlExtractsExactlyAndBreaksInsideUnspacedText()
      throws IOException {
    // A small stand-in for a CJK font: a glyph for each of U+4E00–U+4EFF
    // (scripts/make-test-ideographs.py).
    Files.createDirectories(dir.resolve("fonts"));
    Files.copy(
        Path.of("src/test/resources/fonts/VitaeTestIdeographs.ttf"), dir.resolve("fonts/cjk.ttf"));
    StringBuilder unspaced = new StringBuilder();
    for (int c = 0x4E00; c < 0x4E00 + 200; c++) {
      unspaced.appendCodePoint(c);
    }
    String yaml =
        """
        basics:
          name: 中丈 Ada
        work:
          - name: Acme
            highlights:
              - '%s'
        fonts: [fonts/cjk.ttf]
        """
            .formatted(unspaced);
    byte[] bytes = built(yaml, FontSet.shipped());
    PdfReadback pdf = PdfReadback.of(bytes);

    assertThat(pdf.lines()).startsWith("中丈 Ada");
    assertThat(pdf.text().replaceAll("\\s+", "")).contains(unspaced);
    assertThat(
            pdf.lines().stream()
                .filter(l -> l.codePoints().anyMatch(c -> c >= 0x4E00 && c < 0x5000)))
        .as("lines holding ideographs")
        .hasSizeGreaterThan(3);
    HostileInputTest.Glyphs glyphs = HostileInputTest.Glyphs.of(bytes);
    assertThat(glyphs.rightmost())
        .isLessThanOrEqualTo(glyphs.pageWidth() - glyphs.leftmost() + 0.5f);
    assertThat(pdf.fonts()).anyMatch(f -> f.endsWith("+VitaeTestIdeographs-Regular"));
  }

  @Test
  void fontsOutsideTheFolderMissingOrNotTrueTypeAreRefused() throws IOException {
    Files.writeString(dir.resolve("fake.ttf"), "not a font");
    assertThat(
            refused(
                """
        basics:
          name: Ada
        fonts:
          - ../../usr/share/fonts/x.ttf
          - /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
          - missing.ttf
          - font.otf
          - fake.ttf
        """,
                FontSet.shipped()))
        .isEqualTo(
            """
        resume.yaml:4:5: error: font '../../usr/share/fonts/x.ttf' must stay inside the folder of resume.yaml
              - ../../usr/share/fonts/x.ttf
                ^
          hint: put the .ttf file in the folder of resume.yaml (or below it) and write its path relative to resume.yaml, e.g. fonts/NotoSansSC-Regular.ttf
        resume.yaml:5:5: error: font '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' must stay inside the folder of resume.yaml
              - /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
                ^
          hint: put the .ttf file in the folder of resume.yaml (or below it) and write its path relative to resume.yaml, e.g. fonts/NotoSansSC-Regular.ttf
        resume.yaml:6:5: error: no font file 'missing.ttf' in the folder of resume.yaml
              - missing.ttf
                ^
          hint: put the .ttf file in the folder of resume.yaml (or below it) and write its path relative to resume.yaml, e.g. fonts/NotoSansSC-Regular.ttf
        resume.yaml:7:5: error: font 'font.otf' is not a .ttf file
              - font.otf
                ^
          hint: vitae embeds TrueType fonts (.ttf); most families publish one, e.g. on Google Fonts
        resume.yaml:8:5: error: 'fake.ttf' is not a TrueType font vitae can embed
              - fake.ttf
                ^
          hint: check that the file is a complete .ttf; download it again from where it came
        5 errors
        """);
  }

  @Test
  void aFontOfGigabytesIsRefusedBeforeItIsReadAndATruncatedOneIsNamed() throws IOException {
    try (java.io.RandomAccessFile big =
        new java.io.RandomAccessFile(dir.resolve("big.ttf").toFile(), "rw")) {
      big.setLength(2L << 30); // sparse: takes no disk space, but reading it would take 2 GB
    }
    byte[] font = Files.readAllBytes(Path.of("fonts/NotoEmoji-Regular.ttf"));
    Files.write(dir.resolve("cut.ttf"), java.util.Arrays.copyOf(font, font.length / 3));
    long start = System.nanoTime();
    assertThat(
            refused(
                """
        basics:
          name: Ada
        fonts: [big.ttf, cut.ttf]
        """,
                FontSet.shipped()))
        .isEqualTo(
            """
        resume.yaml:3:9: error: font 'big.ttf' is 2,048 MB; vitae reads fonts of up to 64 MB
            fonts: [big.ttf, cut.ttf]
                    ^
          hint: use a font of one script or style (e.g. NotoSansSC-Regular.ttf, about 10 MB), not a collection of many
        resume.yaml:3:18: error: 'cut.ttf' is not a TrueType font vitae can embed
            fonts: [big.ttf, cut.ttf]
                             ^
          hint: check that the file is a complete .ttf; download it again from where it came
        2 errors
        """);
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(20);
  }

  @Test
  void aSymlinkLeadingOutOfTheFolderIsRefused() throws IOException {
    Files.createSymbolicLink(
        dir.resolve("linked.ttf"), Path.of("fonts/NotoEmoji-Regular.ttf").toAbsolutePath());
    assertThat(
            refused(
                """
        basics:
          name: Ada
        fonts: [linked.ttf]
        """,
                FontSet.shipped()))
        .startsWith(
            """
        resume.yaml:3:9: error: no font file 'linked.ttf' in the folder of resume.yaml
        """);
  }
}
