package dev.vitae.view;

import dev.vitae.model.DatePoint;
import dev.vitae.model.PartialDate;
import dev.vitae.model.Present;

/** Dates as a recruiter reads them: "Jan 2024 – Present", always with four-digit years. */
public final class Dates {

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private Dates() {}

  public static String format(DatePoint point) {
    return switch (point) {
      case null -> "";
      case Present p -> "Present";
      case PartialDate d when d.month() == 0 -> Integer.toString(d.year());
      case PartialDate d -> MONTHS[d.month() - 1] + " " + d.year();
    };
  }

  /** A period; an open end reads "Present" only when a start is known. */
  public static String period(PartialDate start, DatePoint end) {
    if (start == null) {
      return format(end);
    }
    String from = format(start);
    String to = format(end == null ? new Present() : end);
    return from.equals(to) ? from : from + " – " + to;
  }
}
