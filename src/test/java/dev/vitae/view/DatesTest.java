package dev.vitae.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.model.PartialDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Month names from ICU's CLDR data, stand-alone and Gregorian; month, then a four-digit year. */
class DatesTest {

  private static String march(String tag) {
    return Dates.of(Locale.forLanguageTag(tag), "").format(new PartialDate(2021, 3, 0));
  }

  @Test
  void theMonthsNameInTheLanguageThenTheYear() {
    assertThat(march("de-AT")).isEqualTo("Mär 2021");
    assertThat(march("he")).isEqualTo("מרץ 2021");
    assertThat(march("ar")).isEqualTo("مارس 2021");
    assertThat(march("ru")).as("stand-alone, not the genitive").isEqualTo("март 2021");
  }

  @Test
  void everyEnglishKeepsTheThreeLetterForms() {
    Dates british = Dates.of(Locale.forLanguageTag("en-GB"), "Present");
    assertThat(british.format(new PartialDate(2021, 9, 0))).isEqualTo("Sep 2021");
    assertThat(british.period(new PartialDate(2021, 9, 0), null)).isEqualTo("Sep 2021 – Present");
  }

  @Test
  void theEnglishNamesAreIcusWithoutAskingIcu() {
    com.ibm.icu.text.DateFormatSymbols icu =
        new com.ibm.icu.text.DateFormatSymbols(
            com.ibm.icu.util.GregorianCalendar.class, com.ibm.icu.util.ULocale.ENGLISH);
    assertThat(Dates.ENGLISH)
        .containsExactly(
            icu.getMonths(
                com.ibm.icu.text.DateFormatSymbols.STANDALONE,
                com.ibm.icu.text.DateFormatSymbols.ABBREVIATED));
  }

  @Test
  void persianDatesStayGregorian() {
    // ICU's default calendar for fa is the Solar Hijri one, whose third month is Khordad.
    assertThat(march("fa")).isEqualTo("مارس 2021");
    assertThat(Dates.of(Locale.forLanguageTag("fa"), "").format(new PartialDate(2021, 0, 0)))
        .isEqualTo("2021");
  }
}
