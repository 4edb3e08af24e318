package dev.vitae.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the person wrote it: {@code 2021}, {@code 2021-03} or {@code 2021-03-01}.
 *
 * @param month 1–12, or 0 when only the year is known
 * @param day 1–31, or 0 when not known
 */
public record PartialDate(int year, int month, int day) implements DatePoint {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (year < 1000 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31) {
      throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
    }
  }

  /** Parses the three ISO forms; empty when the text is not one of them or names no real day. */
  public static Optional<PartialDate> parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (year < 1000 || month > 12 || (m.group(2) != null && month == 0)) {
      return Optional.empty();
    }
    if (m.group(3) != null
        && (day == 0 || day > java.time.YearMonth.of(year, month).lengthOfMonth())) {
      return Optional.empty();
    }
    return Optional.of(new PartialDate(year, month, day));
  }

  @Override
  public int sortKey() {
    return year * 10_000 + month * 100 + day;
  }

  /** The ISO text this date was written as. */
  public String iso() {
    if (month == 0) {
      return Integer.toString(year);
    }
    return day == 0 ? "%d-%02d".formatted(year, month) : "%d-%02d-%02d".formatted(year, month, day);
  }
}
