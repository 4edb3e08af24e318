package dev.vitae.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.check.ExpectedField.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structural read-back on small PDFs made for it: what a parser recovers, and what not. */
class AtsReaderTest {

  static final String HEAD =
      """
      <p style="font-weight: bold; font-size: 20pt">Ada Lovelace</p>
      <p><span>ada@example.com</span><span style="padding-left: 12pt">+44 20 7946 0000</span>\
      <span style="padding-left: 12pt">London, England</span>\
      <span style="padding-left: 12pt">ada.example.com</span></p>
      <p style="font-weight: bold; margin-top: 10pt">EXPERIENCE</p>
      """;

  static String job(String title, String gap, String company, String dates, String... bullets) {
    StringBuilder b =
        new StringBuilder(
            """
            <div style="margin-top: 10pt"><p><b>%s</b><b style="padding-left: %s">%s</b>\
            <span style="padding-left: 12pt">%s</span></p><p>London, England</p>"""
                .formatted(title, gap, company, dates));
    for (String bullet : bullets) {
      b.append("<p>• ").append(bullet).append("</p>");
    }
    return b.append("</div>").toString();
  }

  static final String EDUCATION =
      """
      <p style="font-weight: bold; margin-top: 10pt">EDUCATION</p>
      <div style="margin-top: 10pt"><p><b>Bachelor of Science, Mathematics</b>\
      <b style="padding-left: 12pt">University of London</b>\
      <span style="padding-left: 12pt">2010 – 2014</span></p><p>London, England</p></div>
      """;

  static List<ExpectedField> expected(String company) {
    return List.of(
        ExpectedField.profile("name", Kind.NAME, "Ada Lovelace"),
        ExpectedField.profile("email", Kind.EMAIL, "ada@example.com"),
        ExpectedField.profile("phone", Kind.PHONE, "+44 20 7946 0000"),
        ExpectedField.profile("location", Kind.LOCATION, "London, England"),
        ExpectedField.profile("link", Kind.LINK, "ada.example.com"),
        new ExpectedField("work.heading", Kind.HEADING, "Experience", "Experience", -1, -1),
        new ExpectedField("work[0].title", Kind.TITLE, "Senior Engineer", "Experience", 0, -1),
        new ExpectedField("work[0].company", Kind.COMPANY, company, "Experience", 0, -1),
        new ExpectedField("work[0].dates", Kind.DATES, "Jan 1843 – Present", "Experience", 0, -1),
        new ExpectedField("work[0].location", Kind.PLACE, "London, England", "Experience", 0, -1),
        new ExpectedField(
            "work[0].bullet[1]", Kind.BULLET, "Wrote the first program.", "Experience", 0, 1),
        new ExpectedField("work[1].title", Kind.TITLE, "Research Assistant", "Experience", 1, -1),
        new ExpectedField("work[1].company", Kind.COMPANY, "Babbage & Co", "Experience", 1, -1),
        new ExpectedField(
            "work[1].bullet[0]", Kind.BULLET, "Translated the notes.", "Experience", 1, 0),
        new ExpectedField(
            "education[0].degree",
            Kind.DEGREE,
            "Bachelor of Science, Mathematics",
            "Education",
            0,
            -1),
        new ExpectedField(
            "education[0].school", Kind.SCHOOL, "University of London", "Education", 0, -1),
        new ExpectedField("education[0].dates", Kind.DATES, "2010 – 2014", "Education", 0, -1));
  }

  static List<FieldCheck> read(String body, List<ExpectedField> expected) throws Exception {
    return AtsCheck.compare(expected, AtsCheck.read(PdfCheckTest.xhtml(body)));
  }

  @Test
  void eachFieldItsOwnItemIsRecovered() throws Exception {
    String body =
        HEAD
            + job(
                "Senior Engineer",
                "12pt",
                "Analytical Engines",
                "Jan 1843 – Present",
                "Built the mill.",
                "Wrote the first program.")
            + job(
                "Research Assistant",
                "12pt",
                "Babbage &amp; Co",
                "Jun 1840 – Dec 1842",
                "Translated the notes.")
            + EDUCATION;
    assertThat(read(body, expected("Analytical Engines")))
        .allSatisfy(r -> assertThat(r.ok()).as(r.toString()).isTrue());
  }

  @Test
  void aFieldMergedIntoItsNeighbourIsNotRecovered() throws Exception {
    // The company drawn a space after the title: a parser reads "Senior Engineer Analytical
    // Engines" as one item, so neither field is there.
    String body =
        HEAD
            + job("Senior Engineer", "2pt", "Analytical Engines", "Jan 1843 – Present", "Built.")
            + EDUCATION;
    List<FieldCheck> rows = read(body, expected("Analytical Engines"));
    assertThat(rows)
        .filteredOn(
            r -> r.field().startsWith("work[0].title") || r.field().equals("work[0].company"))
        .extracting(FieldCheck::found, FieldCheck::ok)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Senior Engineer Analytical Engines", false),
            org.assertj.core.groups.Tuple.tuple("", false));
  }

  @Test
  void entriesCloserThanTheLineGapReadAsOne() throws Exception {
    // Without space between them, two jobs split only at their bold first line, and a company that
    // is missing from the page is missing from the reading.
    String body =
        HEAD
            + job("Senior Engineer", "12pt", "Analytical Engines", "Jan 1843 – Present", "A.")
                .replace("margin-top: 10pt", "margin-top: 0")
            + job("Research Assistant", "12pt", "Babbage &amp; Co", "Jun 1840 – Dec 1842", "B.")
                .replace("margin-top: 10pt", "margin-top: 0");
    AtsResume read = AtsCheck.read(PdfCheckTest.xhtml(body));
    assertThat(read.sections()).singleElement().extracting(s -> s.entries().size()).isEqualTo(2);
    List<FieldCheck> rows = read(body, expected("Difference Engines"));
    assertThat(rows)
        .filteredOn(r -> !r.ok())
        .extracting(FieldCheck::field)
        .contains("work[0].company");
  }

  @Test
  void aHeadingInTitleCaseIsOnlyFoundByItsEnglishWord() throws Exception {
    String body =
        HEAD.replace("EXPERIENCE", "Impact")
            + "<p>Ten programs written</p>"
            + "<p style=\"font-weight: bold\">Experience</p><p>Engineer</p>";
    assertThat(AtsCheck.read(PdfCheckTest.xhtml(body)).sections())
        .extracting(AtsResume.Section::heading)
        .containsExactly("Experience");
  }

  @Test
  void aTitleOfThreeWordsAloneOnItsLineIsNotAHeadingEvenWithAHeadingWord() throws Exception {
    // As OpenResume falls back: at most two words ("Work Experience"), so that an award's title
    // standing alone on its line ("Engineering Excellence Award") stays in its section.
    String body =
        HEAD.replace("EXPERIENCE", "AWARDS")
            + "<p style=\"font-weight: bold\">Engineering Excellence Award</p><p>Example Corp</p>"
            + "<p style=\"font-weight: bold; margin-top: 10pt\">Work Experience</p><p>Engineer</p>";
    assertThat(AtsCheck.read(PdfCheckTest.xhtml(body)).sections())
        .extracting(AtsResume.Section::heading)
        .containsExactly("AWARDS", "Work Experience");
  }

  @Test
  void aLongNameInCapitalsThatWrapsIsNotReadAsHeadings() throws Exception {
    // The first line and those after it in its size are the name, however bold and capital.
    String body =
        HEAD.replace("Ada Lovelace", "W".repeat(120))
            + job("Senior Engineer", "12pt", "Analytical Engines", "Jan 1843 – Present", "A.");
    AtsResume read = AtsCheck.read(PdfCheckTest.xhtml(body));
    assertThat(read.sections())
        .extracting(AtsResume.Section::heading)
        .containsExactly("EXPERIENCE");
    assertThat(String.join("", read.profile())).startsWith("W".repeat(120) + "ada@example.com");
  }

  @Test
  void aHebrewHeadingIsToldFromTheSectionsTextNotFromALongerHeadline() throws Exception {
    // Found by fuzzing: a résumé of one school and one award under a long headline. The headline
    // (set larger than the text) held most of the page's letters and the dates most of the
    // sections' characters; measured against either, the headings were not larger than the text.
    String body =
        """
        <div dir="rtl" style="font-family: 'Source Sans 3', 'Noto Sans Hebrew'; text-align: right">
        <p style="font-weight: bold; font-size: 28pt">Dana Cohen</p>
        <p style="font-size: 12.6pt">מהנדסת תוכנה Wrote the handbook of the whole platform</p>
        <p style="font-weight: bold; font-size: 13.75pt; margin-top: 10pt">השכלה</p>
        <p style="font-size: 11pt">הטכניון <span style="font-size: 10pt">2014 – 2018</span></p>
        <p style="font-weight: bold; font-size: 13.75pt; margin-top: 10pt">פרסים</p>
        <p style="font-size: 11pt"><b>פרס</b> <span style="font-size: 10pt">11.2020</span></p>
        </div>
        """;
    assertThat(AtsCheck.read(PdfCheckTest.xhtml(body)).sections())
        .extracting(AtsResume.Section::heading)
        .containsExactly("השכלה", "פרסים");
  }

  @Test
  void aLinkLongerThanALineWrappedAfterACommaIsReadWhole() throws Exception {
    // Found by fuzzing: a reader drops a separator at an item's end ("ada@example.com,"), but not
    // the comma inside a link where the link wrapped; the comma was lost and the link not found.
    String link = "ada.example.com/notes/on/the/analytical/engine,part-two";
    String body =
        """
        <p style="font-weight: bold; font-size: 20pt">Ada Lovelace</p>
        <p><span>ada.example.com/notes/on/the/analytical/engine,<br/>part-two</span></p>
        <p style="font-weight: bold; margin-top: 10pt">EXPERIENCE</p><p>Engineer</p>
        """;
    assertThat(read(body, List.of(ExpectedField.profile("link", Kind.LINK, link))))
        .extracting(FieldCheck::ok)
        .containsExactly(true);
  }
}
