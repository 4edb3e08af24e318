package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfReadback;
import dev.vitae.Samples;
import dev.vitae.check.Expectation;
import dev.vitae.check.PdfCheck;
import dev.vitae.model.Resume;
import dev.vitae.pipeline.RightToLeftTest.Glyph;
import dev.vitae.view.ViewText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A résumé written in Hebrew or Arabic is set on a mirrored page, as a reader of those languages
 * expects: the name and headings on the right, dates in the left column, bullets hanging on the
 * right, the running header's sides swapped. {@code locale:} names the language (month names, the
 * word for an open end, section headings, the PDF's /Lang) and can force either direction.
 */
class RightToLeftPageTest {

  static final String HEBREW =
      """
      basics:
        name: דנה כהן
        label: מהנדסת תוכנה בכירה
        email: dana@example.com
      work:
        - name: אקמה
          position: מהנדסת ראשית
          startDate: "2019-03"
          endDate: present
          highlights:
            - הובילה את המעבר ללא השבתה של Kafka עבור 40,000 לקוחות
      education:
        - institution: הטכניון
          area: מדעי המחשב
          endDate: "2014"
      """;

  /** A note long enough to take the dossier onto a second page, under its running header. */
  static final String LONG_NOTE =
      "notes:\n  - title: הערה ארוכה\n    body: \"" + "מילים של הערה ארוכה. ".repeat(150) + "\"\n";

  static final String LOCALE =
      """
      locale:
        language: he
        words:
          present: היום
          cover: תיק הנדסי
          dossier: תיק עבודות
          pages: "עמוד {page} מתוך {pages}"
          work: ניסיון
          education: השכלה
          contents: תוכן העניינים
      """;

  /** An English résumé, to which a test adds its locale. */
  static final String ADA =
      """
      basics:
        name: Ada Lovelace
      work:
        - name: Analytical Engines
          position: Engineer
          startDate: "2021-03"
      """;

  private final BaseDocuments vitae = BaseDocuments.create();

  @Test
  void aHebrewResumeIsSetOnAMirroredPage() {
    List<Glyph> glyphs = Glyph.of(resumePdf(HEBREW));
    float right = (float) glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
    float left = (float) glyphs.stream().mapToDouble(Glyph::x).min().orElseThrow();

    Glyph nameStart = first(glyphs, "ד");
    assertThat(nameStart.x() + nameStart.width())
        .as("the name starts at the right margin")
        .isCloseTo(right, Offset.offset(1f));
    List<Glyph> dates = row(glyphs, first(glyphs, "M").y());
    assertThat(dates.get(0).x())
        .as("the dates column is at the left margin")
        .isCloseTo(left, Offset.offset(1f));
    Glyph title = first(glyphs, "ש"); // of מהנדסת ראשית
    assertThat(title.y())
        .as("the dates stand on the job title's line")
        .isCloseTo(dates.get(0).y(), Offset.offset(1f));

    List<Glyph> bullet = row(glyphs, first(glyphs, "•").y());
    Glyph mark = bullet.get(bullet.size() - 1);
    assertThat(mark.text()).as("the bullet is the rightmost glyph of its line").isEqualTo("•");
    assertThat(mark.x() + mark.width())
        .as("and hangs at the right margin")
        .isCloseTo(right, Offset.offset(1.5f));
  }

  @Test
  void anOddLastMetricStandsInTheFirstColumnOfAMirroredPage() {
    List<Glyph> glyphs =
        Glyph.of(
            resumePdf(
                HEBREW
                    + """
        metrics:
          - {value: "1x", label: אחת}
          - {value: "2x", label: שתיים}
          - {value: "3x", label: שלוש}
        """));
    float right = (float) glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
    List<Glyph> third = row(glyphs, first(glyphs, "3").y());
    Glyph end = third.get(third.size() - 1);
    assertThat(third).as("the third card is alone on its row").noneMatch(g -> g.text().equals("2"));
    assertThat(end.x() + end.width())
        .as("and stands in the first column, on the right")
        .isCloseTo(right, Offset.offset(1f));
  }

  @Test
  void aRightToLeftPageStillReadsBackInTheOrderItWasWritten() {
    List<String> lines = PdfReadback.of(resumePdf(HEBREW)).lines();
    assertThat(lines).startsWith("דנה כהן", "מהנדסת תוכנה בכירה");
    assertThat(lines).contains("הובילה את המעבר ללא השבתה של Kafka עבור 40,000 לקוחות •");
  }

  @Test
  void theLanguageMirrorsAPageWhoseNameIsWrittenInLatinLetters() {
    List<Glyph> glyphs =
        Glyph.of(resumePdf(HEBREW.replace("name: דנה כהן", "name: Dana Cohen") + LOCALE));
    float right = (float) glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
    List<Glyph> name = row(glyphs, first(glyphs, "D").y());
    Glyph last = name.get(name.size() - 1);
    assertThat(last.text()).isEqualTo("n");
    assertThat(last.x() + last.width())
        .as("'Dana Cohen' ends at the right margin")
        .isCloseTo(right, Offset.offset(1f));
  }

  @Test
  void directionLtrKeepsAHebrewResumeOnALeftToRightPage() {
    byte[] pdf = resumePdf(HEBREW + "locale:\n  direction: ltr\n");
    List<Glyph> glyphs = Glyph.of(pdf);
    float left = (float) glyphs.stream().mapToDouble(Glyph::x).min().orElseThrow();
    List<Glyph> name = row(glyphs, first(glyphs, "ד").y());
    assertThat(name.get(0).x())
        .as("the name starts at the left margin")
        .isCloseTo(left, Offset.offset(1f));
    assertThat(PdfReadback.of(pdf).lines())
        .contains(
            "•  הובילה את המעבר ללא השבתה של Kafka עבור 40,000 לקוחות",
            "אקמה — מהנדסת ראשית Mar 2019 – Present");
  }

  @Test
  void theLanguageNamesTheMonthsTheOpenEndTheHeadingsAndThePdfsLanguage() {
    BaseDocuments.Built built = vitae.resume(load(HEBREW + LOCALE), ScriptsTest.OPTIONS, "He");
    PdfReadback pdf = PdfReadback.of(HostileInputTest.pdf(built));
    assertThat(pdf.language()).isEqualTo("he");
    assertThat(pdf.lines()).contains("ניסיון", "השכלה", "מרץ 2019 – היום אקמה — מהנדסת ראשית");
    assertThat(text(built.documents(), "resume.txt"))
        .contains("ניסיון\n------\nמהנדסת ראשית — אקמה")
        .contains("מרץ 2019 – היום");
    assertThat(built.resumeXhtml()).contains("lang=\"he\" xml:lang=\"he\" dir=\"rtl\"");
  }

  @Test
  void germanMonthsAndWordsOnALeftToRightPage() {
    // CLDR's stand-alone forms: the month as a word on its own ("Mär 2021"), as Slavic languages
    // need it.
    BaseDocuments.Built built =
        vitae.resume(
            load(
                ADA
                    + """
        locale:
          language: de-AT
          words: {present: heute, work: Berufserfahrung}
        """),
            ScriptsTest.OPTIONS,
            "De");
    PdfReadback pdf = PdfReadback.of(HostileInputTest.pdf(built));
    assertThat(pdf.language()).isEqualTo("de-AT");
    assertThat(pdf.lines())
        .contains("BERUFSERFAHRUNG", "Engineer Mär 2021 – heute", "Analytical Engines");
    assertThat(built.resumeXhtml()).contains("dir=\"ltr\"");
  }

  @Test
  void anEnglishResumeDeclaresItsLanguage() {
    PdfReadback pdf = PdfReadback.of(resumePdf("basics:\n  name: Ada\n"));
    assertThat(pdf.language()).isEqualTo("en");
  }

  @Test
  void aMirroredDossierEntryReadsItsTitleBeforeItsBullets() {
    // each bullet is a mirrored row inside the entry's mirrored row: drawn with it, in its order
    byte[] pdf =
        vitae
            .dossier(load(HEBREW + LOCALE), ScriptsTest.OPTIONS, "He-Dossier")
            .documents()
            .get(0)
            .bytes();
    List<String> items =
        dev.vitae.StreamText.of(pdf).items().stream()
            .flatMap(List::stream)
            .map(i -> new StringBuilder(i.text().strip()).reverse().toString())
            .toList();
    int title = indexOf(items, "מהנדסת ראשית");
    int bullet = indexOf(items, "•");
    assertThat(title).isNotNegative();
    assertThat(bullet).as("the first bullet, in %s", items).isGreaterThan(title);
  }

  private static int indexOf(List<String> items, String part) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void theDossierOfAHebrewResumeIsMirroredToo() {
    BaseDocuments.DossierBuilt built =
        vitae.dossier(load(HEBREW + LONG_NOTE + LOCALE), ScriptsTest.OPTIONS, "He-Dossier");
    byte[] pdf = built.documents().get(0).bytes();
    List<Glyph> glyphs = Glyph.of(pdf);
    float right = (float) glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
    float left = (float) glyphs.stream().mapToDouble(Glyph::x).min().orElseThrow();
    // Page 2 opens with the running header: the name on the right, the part's title on the left.
    Glyph header =
        glyphs.stream()
            .filter(g -> g.text().equals("ד"))
            .min(java.util.Comparator.comparing(Glyph::y))
            .orElseThrow();
    assertThat(header.x() + header.width()).isCloseTo(right, Offset.offset(1f));
    float bottom = glyphs.stream().map(Glyph::y).max(Float::compare).orElseThrow();
    List<Glyph> footer = row(glyphs, bottom);
    assertThat(text(footer)).as("the footer, drawn left to right").isEqualTo("2 ךותמ 2 דומע");
    assertThat(footer.get(0).x())
        .as("'עמוד 2 מתוך 2' at the bottom left")
        .isCloseTo(left, Offset.offset(1f));
    List<Glyph> contact = row(glyphs, first(glyphs, "@").y());
    Glyph end = contact.get(contact.size() - 1);
    assertThat(end.x() + end.width())
        .as("the contact table starts at the right margin")
        .isCloseTo(right, Offset.offset(1f));
    PdfReadback read = PdfReadback.of(pdf);
    assertThat(read.lines())
        .contains("תיק הנדסי", "תוכן העניינים", "ניסיון", "השכלה", "עמוד 2 מתוך 2");
    assertThat(read.language()).isEqualTo("he");
  }

  @Test
  void theCellsOfAMirroredRowAreDrawnInTheOrderTheyAreRead() {
    BaseDocuments.Built built =
        vitae.resume(load(ADA + "locale:\n  direction: rtl\n"), ScriptsTest.OPTIONS, "Mirrored");
    byte[] pdf = HostileInputTest.pdf(built);
    List<String> strings = ViewText.ofPage(built.fittedView());
    assertThat(PdfReadback.of(pdf).lines())
        .as("a job of one line stands on two, the dates at the end of the first")
        .contains("Mar 2021 – Present Engineer", "Analytical Engines");
    assertThat(PdfCheck.check("Mirrored.pdf", pdf, new Expectation(1, strings, true)).problems())
        .isEmpty();
    assertThat(PdfCheck.check("Mirrored.pdf", pdf, new Expectation(1, strings, false)).problems())
        .as("read without the mirrored rule: the title (first cell) comes before the dates")
        .isEmpty();
  }

  @Test
  void theHebrewExampleBuildsAndReadsBack() throws IOException {
    Resume resume =
        Samples.load("resume.yaml", Files.readAllBytes(Path.of("examples/hebrew/resume.yaml")));
    BaseDocuments.Built built = vitae.resume(resume, ScriptsTest.OPTIONS, "Hebrew");
    byte[] pdf = HostileInputTest.pdf(built);
    assertThat(
            PdfCheck.check(
                    "Hebrew.pdf", pdf, new Expectation(1, ViewText.of(built.fittedView()), true))
                .problems())
        .isEmpty();
    assertThat(PdfReadback.of(pdf).lines())
        .contains(
            "תקציר", "ניסיון", "כישורים", "השכלה", "מרץ 2019 – היום אקמה בע\"מ — מהנדסת ראשית");
  }

  private byte[] resumePdf(String yaml) {
    return HostileInputTest.pdf(vitae.resume(load(yaml), ScriptsTest.OPTIONS, "Page"));
  }

  private static Resume load(String yaml) {
    return Samples.load("resume.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(List<Document> documents, String kind) {
    return new String(
        documents.stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow().bytes(),
        StandardCharsets.UTF_8);
  }

  private static String text(List<Glyph> row) {
    return row.stream().map(Glyph::text).reduce("", String::concat);
  }

  private static Glyph first(List<Glyph> glyphs, String text) {
    return glyphs.stream().filter(g -> g.text().equals(text)).findFirst().orElseThrow();
  }

  private static List<Glyph> row(List<Glyph> glyphs, float y) {
    return glyphs.stream()
        .filter(g -> Math.abs(g.y() - y) < 0.5f)
        .sorted(java.util.Comparator.comparing(Glyph::x))
        .toList();
  }
}
