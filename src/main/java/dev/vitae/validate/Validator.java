package dev.vitae.validate;

import dev.vitae.load.SourceMap;
import dev.vitae.load.Suggestions;
import dev.vitae.model.DatePoint;
import dev.vitae.model.Direction;
import dev.vitae.model.Dossier;
import dev.vitae.model.DossierPart;
import dev.vitae.model.Keyed;
import dev.vitae.model.Localization;
import dev.vitae.model.PartialDate;
import dev.vitae.model.Places;
import dev.vitae.model.Resume;
import dev.vitae.model.ResumeSection;
import dev.vitae.model.Word;
import dev.vitae.source.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks the rules that span fields; returns every problem found. */
public final class Validator {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern WEB =
      Pattern.compile("https?://[^\\s/$.?#][^\\s]*", Pattern.CASE_INSENSITIVE);

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:[\\\\/]");

  private final SourceMap map;
  private final List<Diagnostic> found = new ArrayList<>();

  private Validator(SourceMap map) {
    this.map = map;
  }

  /**
   * Warnings for a build, not for a conversion (which keeps what it reads): what the file may hold
   * (JSON Resume has it) and no document prints, so that nothing written is lost without a word;
   * and a résumé in another language whose words vitae prints in English.
   */
  public static List<Diagnostic> buildWarnings(Resume resume, SourceMap map) {
    Validator v = new Validator(map);
    v.unprinted(resume);
    v.wordsInEnglish(resume.locale());
    return List.copyOf(v.found);
  }

  private void wordsInEnglish(@Nullable Localization l) {
    if (l == null || l.language() == null || !l.words().isEmpty()) {
      return;
    }
    String language;
    try {
      language = new Locale.Builder().setLanguageTag(l.language()).build().getLanguage();
    } catch (IllformedLocaleException e) {
      return; // an error of its own
    }
    if (!language.isEmpty() && !language.equals("en")) {
      warning(
          "locale.language",
          "the résumé is in '%s', and the words vitae prints itself (headings, 'Present', the"
                  .formatted(l.language())
              + " contact labels) stay English",
          "give them in locale.words, in the résumé's language (work: …, present: …, summary: …);"
              + " the README's 'Other languages' lists every key");
    }
  }

  public static List<Diagnostic> validate(Resume resume, SourceMap map) {
    Validator v = new Validator(map);
    v.check(resume);
    return List.copyOf(v.found);
  }

  /** Longer than any name; the dossier repeats the name in every page's header. */
  static final int MAX_NAME = 200;

  private void check(Resume r) {
    if (r.basics().name().isBlank()) {
      error(
          "basics.name", "'name' is blank", "write the person's name as it should head the résumé");
    } else if (r.basics().name().codePoints().noneMatch(Character::isLetterOrDigit)) {
      error(
          "basics.name",
          "'name' has no letter in it",
          "write the person's name as it should head the résumé: a résumé parser reads nothing"
              + " in a name of marks alone");
    }
    int length = r.basics().name().codePointCount(0, r.basics().name().length());
    if (length > MAX_NAME) {
      error(
          "basics.name",
          String.format(
              Locale.ROOT,
              "'name' is %,d characters long; a name has at most %d",
              length,
              MAX_NAME),
          "a name this long is usually a quote opened here and closed lines later: close it on this line");
    }
    email("basics.email", r.basics().email());
    web("basics.url", r.basics().url());
    image("basics.image", r.basics().image());
    for (int i = 0; i < r.basics().profiles().size(); i++) {
      web("basics.profiles[" + i + "].url", r.basics().profiles().get(i).url());
    }
    for (int i = 0; i < r.work().size(); i++) {
      var w = r.work().get(i);
      period("work[" + i + "]", w.startDate(), w.endDate());
      web("work[" + i + "].url", w.url());
    }
    for (int i = 0; i < r.volunteer().size(); i++) {
      period(
          "volunteer[" + i + "]", r.volunteer().get(i).startDate(), r.volunteer().get(i).endDate());
      web("volunteer[" + i + "].url", r.volunteer().get(i).url());
    }
    for (int i = 0; i < r.education().size(); i++) {
      period(
          "education[" + i + "]", r.education().get(i).startDate(), r.education().get(i).endDate());
      web("education[" + i + "].url", r.education().get(i).url());
    }
    for (int i = 0; i < r.projects().size(); i++) {
      period("projects[" + i + "]", r.projects().get(i).startDate(), r.projects().get(i).endDate());
      web("projects[" + i + "].url", r.projects().get(i).url());
    }
    for (int i = 0; i < r.certificates().size(); i++) {
      web("certificates[" + i + "].url", r.certificates().get(i).url());
    }
    for (int i = 0; i < r.publications().size(); i++) {
      web("publications[" + i + "].url", r.publications().get(i).url());
    }
    dossierReferences(r);
    locale(r.locale());
    List<String> parts = Keyed.keys(DossierPart.class);
    for (String key : r.sections().keySet()) {
      if (!parts.contains(key)) {
        error(
            "sections." + key,
            "the dossier has no part called '%s'".formatted(key),
            Suggestions.hint(key, parts));
      }
    }
  }

  private void locale(Localization l) {
    if (l == null) {
      return;
    }
    if (l.language() != null) {
      try {
        new Locale.Builder().setLanguageTag(l.language());
      } catch (IllformedLocaleException e) {
        error(
            "locale.language",
            "'%s' is not a language tag".formatted(l.language()),
            "write a BCP 47 tag: a language code such as en, de, he or ar, with a region if you like (fr-CA, pt-BR)");
      }
    }
    l.words()
        .forEach(
            (key, word) -> {
              Word known = Word.of(key).orElse(null);
              if (known == null) {
                error(
                    "locale.words." + key,
                    "vitae prints no word called '%s'".formatted(key),
                    Suggestions.hint(key, Keyed.keys(Word.class)));
              } else if (word.isBlank()) {
                error(
                    "locale.words." + key,
                    "the word '%s' is blank".formatted(key),
                    "write it in the résumé's language, or leave the key out for the English '%s'"
                        .formatted(known.english()));
              } else {
                places(key, word, known);
                if (Keyed.keys(ResumeSection.class).contains(key) && mixesDirections(word)) {
                  error(
                      "locale.words." + key,
                      ("the heading '%s' mixes right-to-left and left-to-right letters: each"
                              + " direction is drawn as a run of its own, which résumé parsers read"
                              + " as separate pieces, not as a heading")
                          .formatted(word),
                      "write the heading in the letters of one direction only, as the résumé's"
                          + " other headings are");
                }
              }
            });
  }

  /** Whether a text holds letters written right to left and letters written left to right. */
  private static boolean mixesDirections(String text) {
    boolean rightToLeft = false;
    boolean leftToRight = false;
    for (int c : text.codePoints().toArray()) {
      rightToLeft |= Direction.rightToLeft(c);
      leftToRight |=
          Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT
              && Character.isLetter(c);
    }
    return rightToLeft && leftToRight;
  }

  /**
   * A word's places ({@code {n}}) must be ones its English form has. A word with places is read as
   * an ICU message ({@link Places}), so its braces must pair; in a word without places a lone brace
   * is just text.
   */
  private void places(String key, String word, Word w) {
    String english = w.english();
    List<String> known = w.places().stream().map(p -> "{" + p + "}").toList();
    String hint =
        known.isEmpty()
            ? "this word has no places; write it as plain text"
            : "its places are " + listed(known) + ", as in '" + english + "'";
    List<String> used;
    try {
      used = Places.names(word).stream().map(p -> "{" + p + "}").toList();
    } catch (IllegalArgumentException e) {
      if (!known.isEmpty()) {
        error(
            "locale.words." + key,
            "'%s' is not text with places: %s".formatted(key, e.getMessage()),
            hint);
      }
      return;
    }
    used.stream()
        .filter(p -> !known.contains(p))
        .findFirst()
        .ifPresent(
            p ->
                error(
                    "locale.words." + key, "'%s' has no place called %s".formatted(key, p), hint));
  }

  /** "{a}", "{a} and {b}", "{a}, {b} and {c}". */
  private static String listed(List<String> items) {
    int last = items.size() - 1;
    return last == 0
        ? items.get(0)
        : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }

  private void dossierReferences(Resume r) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < r.dossiers().size(); i++) {
      Dossier d = r.dossiers().get(i);
      if (!ids.add(d.id())) {
        error(
            "dossiers[" + i + "].id",
            "dossier id '%s' is used twice".formatted(d.id()),
            "give each dossier its own id");
      }
    }
    for (int i = 0; i < r.work().size(); i++) {
      dossierRef("work[" + i + "].dossier", r.work().get(i).dossier(), ids);
    }
    for (int i = 0; i < r.systems().size(); i++) {
      dossierRef("systems[" + i + "].dossier", r.systems().get(i).dossier(), ids);
    }
  }

  private void dossierRef(String path, @Nullable String ref, java.util.Collection<String> ids) {
    if (ref != null && !ids.contains(ref)) {
      error(
          path,
          "no dossier has the id '%s'".formatted(ref),
          Suggestions.closest(ref, ids)
              .map(s -> "did you mean '" + s + "'?")
              .orElse("dossier ids: " + String.join(", ", ids)));
    }
  }

  private void period(String path, PartialDate start, DatePoint end) {
    if (start != null
        && end instanceof PartialDate e
        && e.sortKey() < start.sortKey()
        && !(e.year() == start.year() && (e.month() == 0 || start.month() == 0))) {
      error(
          path + ".endDate",
          "endDate %s is before startDate %s".formatted(e.iso(), start.iso()),
          "swap the two dates, or write 'present' if it has not ended");
    }
  }

  private void email(String path, String value) {
    if (value != null && !EMAIL.matcher(value).matches()) {
      error(path, "'%s' is not an email address".formatted(value), "write it as name@example.com");
    }
  }

  private void web(String path, String value) {
    if (value == null) {
      return;
    }
    if (!WEB.matcher(value).matches()) {
      String scheme = value.contains(":") ? value.substring(0, value.indexOf(':') + 1) : "";
      error(
          path,
          scheme.isEmpty() || scheme.contains("/")
              ? "'%s' is not a web address".formatted(value)
              : "the link scheme '%s' is not allowed".formatted(scheme),
          "write a full web address starting with https://");
    }
  }

  /** An https address, or a path that stays inside the folder of resume.yaml. */
  private void image(String path, String value) {
    if (value == null) {
      return;
    }
    String hint = "write a path relative to resume.yaml (e.g. photo.jpg), or an https:// address";
    if (SCHEME.matcher(value).lookingAt() && !WINDOWS_DRIVE.matcher(value).lookingAt()) {
      if (!value.regionMatches(true, 0, "https://", 0, 8) || !WEB.matcher(value).matches()) {
        String scheme = value.substring(0, value.indexOf(':') + 1);
        error(
            path,
            "'image' must be an https:// address or a file inside the folder of resume.yaml, not '%s'"
                .formatted(scheme),
            hint);
      }
      return;
    }
    if (ProjectPaths.escapes(value)) {
      error(
          path,
          "'image' must stay inside the folder of resume.yaml: '%s' %s"
              .formatted(
                  value,
                  ProjectPaths.isAbsolute(value) ? "is an absolute path" : "leads out of it"),
          hint);
    }
  }

  private void unprinted(Resume r) {
    for (int i = 0; i < r.references().size(); i++) {
      warning(
          "references[" + i + "]",
          "references are printed in no document",
          "a résumé gives references when an employer asks for them: keep them here, or in the"
              + " letter of an application that asks for them");
    }
    for (int i = 0; i < r.projects().size(); i++) {
      if (r.projects().get(i).type() != null) {
        warning(
            "projects[" + i + "].type",
            "a project's 'type' is printed in no document",
            "say what kind of project it is in its 'description'");
      }
    }
  }

  private void warning(String path, String message, String hint) {
    found.add(Diagnostic.warning(map.at(path), message, hint));
  }

  private void error(String path, String message, String hint) {
    found.add(Diagnostic.error(map.at(path), message, hint));
  }
}
