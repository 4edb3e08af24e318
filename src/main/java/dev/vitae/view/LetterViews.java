package dev.vitae.view;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.vitae.model.Basics;
import dev.vitae.model.DocumentKind;
import dev.vitae.model.Letter;
import dev.vitae.model.Recipient;
import dev.vitae.model.Resume;
import dev.vitae.model.Word;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Builds a cover letter's view from the (tailored) résumé and the letter. */
public final class LetterViews {

  private LetterViews() {}

  /**
   * The letter as its templates see it: the sender from the résumé, the date in the letter's
   * language, the recipient and the subject.
   *
   * @param company the employer: the recipient's company line unless the recipient names another
   * @param role the role applied for, in the subject line; empty for none
   * @param enclosures the documents sent with the letter; only the résumé and the dossier are named
   */
  public static LetterView of(
      Resume r,
      Letter letter,
      String company,
      String role,
      LocalDate date,
      List<DocumentKind> enclosures,
      Paper paper) {
    Basics b = r.basics();
    Writing writing = Writing.of(r);
    DocumentInfo resumeInfo = ResumeViews.info(r, writing.word(Word.LETTER), writing);
    DocumentInfo info =
        new DocumentInfo(
            resumeInfo.title(),
            resumeInfo.author(),
            ResumeViews.join(" — ", role, company),
            resumeInfo.keywords(),
            resumeInfo.language(),
            resumeInfo.direction());
    return new LetterView(
        info,
        b.name(),
        Objects.requireNonNullElse(b.label(), ""),
        ResumeViews.contacts(b, writing),
        date(date, writing.language()),
        recipient(letter.recipient(), company),
        role.isBlank() ? "" : writing.word(Word.REGARDING, Map.of("role", role)),
        given(letter.greeting(), writing.word(Word.GREETING)),
        letter.paragraphs().stream().map(String::strip).filter(p -> !p.isEmpty()).toList(),
        given(letter.closing(), writing.word(Word.CLOSING)),
        b.name(),
        enclosures(enclosures, writing),
        Density.standard(),
        paper.css());
  }

  /**
   * A date as the language writes it in a letter, by ICU's long date format of the Gregorian
   * calendar with the digits 0–9: "December 2, 2026", "2 December 2026" (en-GB), "2. Dezember
   * 2026".
   */
  public static String date(LocalDate date, String languageTag) {
    ULocale locale =
        ULocale.forLocale(
                languageTag.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(languageTag))
            .setKeywordValue("calendar", "gregorian")
            .setKeywordValue("numbers", "latn");
    DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale);
    TimeZone utc = TimeZone.getTimeZone("UTC");
    format.setTimeZone(utc);
    GregorianCalendar day = new GregorianCalendar(utc, locale);
    day.clear();
    day.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    return format.format(day.getTime());
  }

  private static List<String> recipient(@Nullable Recipient to, String company) {
    List<String> lines = new ArrayList<>();
    if (to != null) {
      Stream.of(to.name(), to.title()).forEach(l -> add(lines, l));
    }
    add(lines, to != null && to.company() != null ? to.company() : company);
    if (to != null) {
      to.address().forEach(l -> add(lines, l));
    }
    return List.copyOf(lines);
  }

  private static void add(List<String> lines, @Nullable String line) {
    if (line != null && !line.isBlank()) {
      lines.add(line.strip());
    }
  }

  private static String enclosures(List<DocumentKind> kinds, Writing writing) {
    List<String> names = new ArrayList<>();
    for (DocumentKind k : kinds) {
      String name =
          switch (k) {
            case RESUME -> writing.word(Word.RESUME);
            case DOSSIER -> writing.word(Word.DOSSIER);
            default -> "";
          };
      if (!name.isEmpty() && !names.contains(name)) {
        names.add(name);
      }
    }
    return names.isEmpty()
        ? ""
        : writing.word(Word.ENCLOSURES, Map.of("documents", String.join(", ", names)));
  }

  private static String given(@Nullable String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value.strip();
  }
}
