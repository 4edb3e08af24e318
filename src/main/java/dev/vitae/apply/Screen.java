package dev.vitae.apply;

import dev.vitae.load.SourceMap;
import dev.vitae.model.Application;
import dev.vitae.model.Attachment;
import dev.vitae.model.Basics;
import dev.vitae.source.Diagnostic;
import dev.vitae.source.Position;
import dev.vitae.source.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What in an application and in the résumé's contacts must not reach an employer: placeholder
 * addresses, values not written yet, empty letter paragraphs, a cover letter asked for but not
 * written. Each finding points at its value; a draft is built with them as warnings, an application
 * that is sent is refused while any remains. The résumé's placeholder contacts are also a warning
 * on every build ({@link #contacts}).
 */
public final class Screen {

  private Screen() {}

  /**
   * What the screen found, per file.
   *
   * @param application findings in the application file
   * @param resume findings in resume.yaml (its {@code basics}: what every document shows)
   */
  public record Findings(List<Diagnostic> application, List<Diagnostic> resume) {

    public Findings {
      application = List.copyOf(application);
      resume = List.copyOf(resume);
    }

    public boolean isEmpty() {
      return application.isEmpty() && resume.isEmpty();
    }
  }

  /**
   * Screens an application and the contacts it would send.
   *
   * @param severity warnings for a draft, errors for an application that is out
   */
  public static Findings of(
      Application application,
      SourceMap applicationMap,
      Basics basics,
      SourceMap resumeMap,
      Severity severity) {
    List<Diagnostic> inApplication = new ArrayList<>();
    for (Values.Text t : Values.of(application, "")) {
      if (t.path().equals("notes") || t.path().equals("$schema") || t.path().equals("posting")) {
        continue; // never sent
      }
      if (t.path().startsWith("letter.paragraphs[") && t.value().isBlank()) {
        inApplication.add(
            new Diagnostic(
                severity,
                applicationMap.at(t.path()),
                "letter paragraph " + (index(t.path()) + 1) + " is empty",
                "write it, or delete the '-' line"));
        continue;
      }
      Placeholders.in(t.value())
          .ifPresent(
              why ->
                  inApplication.add(
                      new Diagnostic(
                          severity,
                          applicationMap.at(t.path()),
                          why,
                          "write the real value before the application goes out")));
    }
    if (application.attachments().contains(Attachment.COVER_LETTER)
        && application.letter() == null) {
      inApplication.add(
          new Diagnostic(
              severity,
              applicationMap.at("documents").equals(Position.START)
                  ? applicationMap.at("company")
                  : applicationMap.at("documents"),
              "the application sends a cover letter but has no 'letter:'",
              "write the letter (greeting, paragraphs, closing), or leave cover-letter out of"
                  + " 'documents:'"));
    }
    return new Findings(inApplication, contacts(basics, resumeMap, severity));
  }

  /**
   * The résumé's contacts and the rest of its {@code basics} (what every document shows) that are
   * placeholders, each at its value: warnings on every build and {@code vitae validate}, and in a
   * draft's bundle; errors for an application that is out.
   */
  public static List<Diagnostic> contacts(Basics basics, SourceMap resumeMap, Severity severity) {
    List<Diagnostic> out = new ArrayList<>();
    for (Values.Text t : Values.of(basics, "basics")) {
      Placeholders.in(t.value())
          .ifPresent(
              why ->
                  out.add(
                      new Diagnostic(
                          severity,
                          resumeMap.at(t.path()),
                          why,
                          "write your real contact details in resume.yaml before the application"
                              + " goes out")));
    }
    return List.copyOf(out);
  }

  private static int index(String path) {
    int open = path.lastIndexOf('[');
    return Integer.parseInt(path.substring(open + 1, path.indexOf(']', open)));
  }
}
