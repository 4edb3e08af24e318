package dev.vitae.check;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** How résumé parsers tell one field from another, item by item: a few English words and shapes. */
final class AtsFields {

  private AtsFields() {}

  static final String BULLET = "•";

  private static final List<String> TITLE_WORDS =
      List.of(
          "Accountant",
          "Administrator",
          "Advisor",
          "Analyst",
          "Apprentice",
          "Architect",
          "Assistant",
          "Associate",
          "CEO",
          "CTO",
          "Consultant",
          "Coordinator",
          "Designer",
          "Developer",
          "Director",
          "Engineer",
          "Founder",
          "Co-Founder",
          "Head",
          "Intern",
          "Lead",
          "Manager",
          "Officer",
          "Operator",
          "President",
          "Programmer",
          "Researcher",
          "Scientist",
          "Specialist",
          "Supervisor",
          "Teacher",
          "Technician",
          "Trainee",
          "VP",
          "Volunteer");

  private static final List<String> SCHOOL_WORDS =
      List.of(
          "University", "College", "Institute", "School", "Academy", "Universität", "Université");

  private static final Pattern DEGREE =
      Pattern.compile(
          "\\b(Bachelor|Master|Associate|Doctor|Diploma|PhD|Ph\\.D|MBA|B\\.?Sc|M\\.?Sc|B\\.?Tech"
              + "|M\\.?Tech|B\\.?A\\.|M\\.?A\\.|B\\.?S\\.|M\\.?S\\.|B\\.?E\\.)");

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

  private static final Pattern MONTH =
      Pattern.compile(
          "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\b|\\bPresent\\b");

  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().\\-]{5,}[0-9]");

  private static final Pattern LINK =
      Pattern.compile("(https?://)?[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{Ll}{2,}(/\\S*)?");

  /** "City, Region" and more parts after commas: words of letters only. */
  private static final Pattern PLACE =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}'’. -]*(, \\p{L}[\\p{L}\\p{M}'’. -]*)+");

  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’. -]*");

  /** A word a reader takes for a section heading when the heading is not bold ALL-CAPS. */
  private static final List<String> HEADING_WORDS =
      List.of(
          "experience",
          "education",
          "project",
          "skill",
          "summary",
          "objective",
          "award",
          "work",
          "employment",
          "certificat",
          "publication",
          "volunteer");

  static boolean title(String s) {
    return List.of(s.split("[\\s,/()]+")).stream().anyMatch(TITLE_WORDS::contains)
        && !s.matches(".*\\d.*");
  }

  static boolean school(String s) {
    return SCHOOL_WORDS.stream().anyMatch(s::contains);
  }

  static boolean degree(String s) {
    return DEGREE.matcher(s).find();
  }

  static boolean date(String s) {
    return YEAR.matcher(s).find() || MONTH.matcher(s).find();
  }

  static boolean email(String s) {
    return EMAIL.matcher(s).matches();
  }

  static boolean phone(String s) {
    return PHONE.matcher(s).matches() && s.replaceAll("\\D", "").length() >= 7;
  }

  static boolean link(String s) {
    return !email(s) && LINK.matcher(s).matches();
  }

  static boolean place(String s) {
    return PLACE.matcher(s).matches() && !s.matches(".*\\.\\p{Ll}.*");
  }

  static boolean name(String s) {
    return NAME.matcher(s).matches() && s.split(" ").length <= 6;
  }

  /** How much larger than the text a heading without capitals is set, at least. */
  static final double LARGER_THAN_TEXT = 1.1;

  /**
   * Bold, alone on its line, with letters and no small letter (in Hebrew or Arabic: set larger than
   * the text); else, as OpenResume falls back, at most two words of letters (and '&'), the first a
   * capital, one of them a heading word.
   */
  static boolean heading(ItemLine line, double bodySize) {
    if (line.items().size() != 1) {
      return false;
    }
    TextItem item = line.first();
    String s = item.text().strip();
    boolean letters = s.codePoints().anyMatch(Character::isLetter);
    boolean cased =
        s.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c));
    if (item.bold() && letters && !cased && ReadText.rightToLeft(s)) {
      // Hebrew and Arabic have no capitals to tell a heading by: bold, alone, and set larger than
      // the text, as the templates set such headings. An entry of only an organisation, one bold
      // word at the body's size, is not one.
      return item.height() >= LARGER_THAN_TEXT * bodySize;
    }
    if (item.bold() && letters && s.codePoints().noneMatch(Character::isLowerCase)) {
      return true;
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    return Stream.of(s.split(" ")).filter(w -> !w.equals("&")).count() <= 2
        && s.matches("\\p{Lu}[\\p{L} &]*")
        && HEADING_WORDS.stream().anyMatch(lower::contains);
  }
}
