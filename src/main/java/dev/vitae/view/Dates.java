package dev.vitae.view;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;
import dev.vitae.model.DatePoint;
import dev.vitae.model.PartialDate;
import dev.vitae.model.Present;
import java.util.List;
import java.util.Locale;

/**
 * Dates as a recruiter reads them, in the résumé's language: "Jan 2024 – Present", "מרץ 2019 –
 * היום", always the month's name, then the year in four digits.
 *
 * @param months the twelve month names, January first
 * @param present the word for an open end
 */
public record Dates(List<String> months, String present) {

  public Dates {
    months = List.copyOf(months);
  }

  /**
   * ICU's stand-alone abbreviated English month names ({@code DatesTest} holds them to ICU's), set
   * without loading ICU's calendar data (1.8 MB of live heap; a cold English résumé peaks about 0.4
   * MB lower).
   */
  static final List<String> ENGLISH =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /**
   * ICU's stand-alone abbreviated month names of the Gregorian calendar (a language such as Persian
   * defaults to another calendar, resume.yaml's dates are Gregorian). Every English locale takes
   * plain English's three-letter forms, so en-GB writes "Sep", as applicant-tracking systems
   * expect, not CLDR's "Sept".
   */
  public static Dates of(Locale locale, String present) {
    if (locale.getLanguage().equals("en")) {
      return new Dates(ENGLISH, present);
    }
    ULocale names = ULocale.forLocale(locale);
    DateFormatSymbols symbols = new DateFormatSymbols(GregorianCalendar.class, names);
    return new Dates(
        List.of(symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.ABBREVIATED)),
        present);
  }

  public String format(DatePoint point) {
    return switch (point) {
      case null -> "";
      case Present p -> present;
      case PartialDate d when d.month() == 0 -> Integer.toString(d.year());
      case PartialDate d -> months.get(d.month() - 1) + " " + d.year();
    };
  }

  /** A period; an open end reads "Present" only when a start is known. */
  public String period(PartialDate start, DatePoint end) {
    if (start == null) {
      return format(end);
    }
    String from = format(start);
    String to = format(end == null ? new Present() : end);
    return from.equals(to) ? from : from + " – " + to;
  }
}
