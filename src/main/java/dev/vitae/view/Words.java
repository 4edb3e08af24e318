package dev.vitae.view;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words vitae prints itself, by key, in English: what {@code locale.words} translates. Section
 * headings are keyed by their section; a word with {@code {n}}-style places is filled in by the view.
 */
public final class Words {

  private Words() {}

  /** Section headings; the same key names a section in a variant's {@code sections} list. */
  public static final Map<String, String> HEADINGS = ordered(
      "summary", "Summary", "metrics", "Impact", "work", "Experience", "projects", "Projects",
      "skills", "Skills", "education", "Education", "awards", "Awards", "certificates", "Certificates",
      "publications", "Publications", "volunteer", "Volunteering", "languages", "Languages",
      "interests", "Interests", "systems", "Systems", "dossiers", "System dossiers",
      "diagrams", "Architecture diagrams", "notes", "Engineering notes", "principles", "Principles",
      "credentials", "Credentials", "contact", "Contact", "contents", "Contents");

  /** Every other word, and the places each one has. */
  public static final Map<String, String> LABELS = ordered(
      "present", "Present",
      "dossier", "Engineering dossier",
      "focus", "Focus",
      "case", "Dossier {n} of {count}",
      "figure", "Figure {n}",
      "see", "Dossier",
      "page", "page",
      "pages", "page {page} of {pages}",
      "role", "Role",
      "results", "Metrics",
      "problem", "Problem",
      "architecture", "Architecture",
      "reliability", "Scalability and reliability",
      "operations", "Operational complexity",
      "decisions", "Technical decisions",
      "stack", "Stack",
      "email", "Email",
      "phone", "Phone",
      "web", "Web",
      "location", "Location",
      "profile", "Profile");

  /** Every key {@code locale.words} may give. */
  public static final Map<String, String> ALL = merged();

  private static Map<String, String> merged() {
    Map<String, String> all = new LinkedHashMap<>(HEADINGS);
    all.putAll(LABELS);
    return java.util.Collections.unmodifiableMap(all);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
