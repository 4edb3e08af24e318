package dev.vitae.view;

import dev.vitae.model.DatePoint;
import dev.vitae.model.PartialDate;
import dev.vitae.model.Present;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates as a recruiter reads them, in the résumé's language: "Jan 2024 – Present", "מרץ 2019 –
 * היום", always with four-digit years.
 *
 * @param locale month names come from its CLDR data (English keeps the three-letter forms)
 * @param present the word for an open end
 */
public record Dates(Locale locale, String present) {

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  public String format(DatePoint point) {
    return switch (point) {
      case null -> "";
      case Present p -> present;
      case PartialDate d when d.month() == 0 -> Integer.toString(d.year());
      case PartialDate d -> month(d.month()) + " " + d.year();
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

  private String month(int month) {
    if (locale.getLanguage().equals("en")) {
      return MONTHS[month - 1];
    }
    return Month.of(month).getDisplayName(TextStyle.SHORT_STANDALONE, locale);
  }
}
