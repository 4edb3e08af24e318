package dev.vitae.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words vitae prints itself, each with its English form: what {@code locale.words} gives in the
 * résumé's language. Section headings are keyed by their section; {@code {n}}-style places are
 * filled in where the word is printed.
 */
public enum Word implements Keyed {
  SUMMARY("Summary"),
  METRICS("Impact"),
  WORK("Experience"),
  PROJECTS("Projects"),
  SKILLS("Skills"),
  EDUCATION("Education"),
  AWARDS("Awards"),
  CERTIFICATES("Certificates"),
  PUBLICATIONS("Publications"),
  VOLUNTEER("Volunteering"),
  LANGUAGES("Languages"),
  INTERESTS("Interests"),
  SYSTEMS("Systems"),
  DOSSIERS("System dossiers"),
  DIAGRAMS("Architecture diagrams"),
  NOTES("Engineering notes"),
  PRINCIPLES("Principles"),
  CREDENTIALS("Credentials"),
  CONTACT("Contact"),
  CONTENTS("Contents"),
  PRESENT("Present"),
  COURSES("Courses: {courses}"),
  RESUME("Résumé"),
  DOSSIER("Dossier"),
  COVER("Dossier"),
  FOCUS("Focus"),
  CASE("Dossier {n} of {count}", "nn"),
  FIGURE("Figure {n}", "nn"),
  SEE("Dossier"),
  PAGE("page"),
  PAGES("page {page} of {pages}"),
  ROLE("Role"),
  RESULTS("Metrics"),
  PROBLEM("Problem"),
  ARCHITECTURE("Architecture"),
  RELIABILITY("Scalability and reliability"),
  OPERATIONS("Operational complexity"),
  DECISIONS("Technical decisions"),
  STACK("Stack"),
  EMAIL("Email"),
  PHONE("Phone"),
  WEB("Web"),
  LOCATION("Location"),
  PROFILE("Profile"),
  LETTER("Cover letter"),
  REGARDING("Application for the {role} position"),
  GREETING("Dear Hiring Manager,"),
  CLOSING("Sincerely,"),
  ENCLOSURES("Enclosures: {documents}");

  private final String english;
  private final String more;

  Word(String english) {
    this(english, "");
  }

  /**
   * @param more a place the word may have that its English form does not use: {@code {nn}} is the
   *     number {@code {n}} in at least two digits ("system dossier / 01")
   */
  Word(String english, String more) {
    this.english = english;
    this.more = more;
  }

  public String english() {
    return english;
  }

  /** The names of the places the word may have: its English form's, then the others. */
  public List<String> places() {
    List<String> out = new ArrayList<>(Places.names(english));
    if (!more.isEmpty()) {
      out.add(more);
    }
    return List.copyOf(out);
  }

  public static Optional<Word> of(String key) {
    return Keyed.of(Word.class, key);
  }
}
