package dev.vitae.tailor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --set}: the loader's converter and limits, the order given, every error named by flag. */
class OverridesTest {

  static final Resume SAMPLE = Samples.resume();

  static String errors(String path, String value) {
    Overrides.Applied a = Overrides.apply(SAMPLE, List.of(new Assignment(path, value)));
    return String.join("", a.errors().stream().map(OverridesTest::format).toList());
  }

  static String format(FlagError e) {
    return e.flag() + ": " + e.message() + "\n  hint: " + e.hint() + "\n";
  }

  @Test
  void aControlCharacterIsRefusedAsInResumeYaml() {
    assertThat(errors("work[0].position", "Lead\u0007Engineer"))
        .isEqualTo(
            """
            --set work[0].position: 'position' holds the unprintable character U+0007
              hint: delete the escape that writes it (such as \\0, \\x07 or \\uFFFF): applicant-tracking systems cannot read it, and XHTML cannot hold it
            """);
  }

  @Test
  void aValueOverTheLoadersLimitIsRefused() {
    assertThat(errors("work[0].position", "x".repeat(30_000)))
        .isEqualTo(
            """
            --set work[0].position: 'position' is 30,000 characters long; the limit is 20,000
              hint: shorten it: a résumé value is a few lines at most
            """);
  }

  @Test
  void numbersDatesAndListItemsAreConvertedAsTheLoaderDoes() {
    assertThat(errors("work[0].startDate", "March 2021"))
        .isEqualTo(
            """
            --set work[0].startDate: 'startDate' is not a date: 'March 2021'
              hint: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. '2021-03'
            """);
    assertThat(errors("work[0].priority", "high"))
        .isEqualTo(
            """
            --set work[0].priority: 'priority' must be a whole number, not 'high'
              hint: for example: 2
            """);
    assertThat(errors("work[0].highlights", "fine, bad\u0000one"))
        .isEqualTo(
            """
            --set work[0].highlights: 'highlights[1]' holds the unprintable character U+0000
              hint: delete the escape that writes it (such as \\0, \\x07 or \\uFFFF): applicant-tracking systems cannot read it, and XHTML cannot hold it
            """);
    Resume r =
        Overrides.apply(
                SAMPLE,
                List.of(
                    new Assignment("work[0].endDate", "present"),
                    new Assignment("work[0].highlights", "one, two")))
            .resume();
    assertThat(r.work().get(0).endDate()).isEqualTo(new dev.vitae.model.Present());
    assertThat(r.work().get(0).highlights()).extracting(Item::text).containsExactly("one", "two");
  }

  @Test
  void everyErrorIsReportedAndTheGoodValuesStillApply() {
    Overrides.Applied a =
        Overrides.apply(
            SAMPLE,
            List.of(
                new Assignment("basics.lable", "x"),
                new Assignment("basics.label", "Platform Engineer"),
                new Assignment("work[9].position", "x")));
    assertThat(a.errors().stream().map(OverridesTest::format))
        .containsExactly(
            """
            --set basics.lable: unknown key 'lable' in basics
              hint: did you mean 'label'?
            """,
            """
            --set work[9].position: work has 4 entries
              hint: count from 0: the first entry is work[0]
            """);
    assertThat(a.resume().basics().label()).isEqualTo("Platform Engineer");
  }

  @Test
  void flagsApplyInTheOrderGiven() {
    // Each job's list is replaced, then one of its bullets: the other order gives other bullets.
    List<Assignment> sets =
        List.of(
            new Assignment("work[0].highlights", "a, b"),
            new Assignment("work[0].highlights[1]", "c"),
            new Assignment("work[1].highlights", "d, e"),
            new Assignment("work[1].highlights[0]", "f"),
            new Assignment("work[2].highlights", "g, h"),
            new Assignment("work[2].highlights[1]", "i"),
            new Assignment("work[3].highlights", "j, k"),
            new Assignment("work[3].highlights[0]", "l"));
    Profile p = Profile.of("", null, new Profile.Flags(List.of(), List.of(), List.of(), sets));
    assertThat(p.sets()).isEqualTo(sets);
    Resume r = Tailor.apply(SAMPLE, p);
    assertThat(r.work())
        .extracting(w -> w.highlights().stream().map(Item::text).toList())
        .containsExactly(
            List.of("a", "c"), List.of("f", "e"), List.of("g", "i"), List.of("l", "k"));
  }
}
