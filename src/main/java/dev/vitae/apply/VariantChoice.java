package dev.vitae.apply;

import dev.vitae.load.SourceMap;
import dev.vitae.load.Suggestions;
import dev.vitae.match.MatchReport;
import dev.vitae.match.Matcher;
import dev.vitae.model.Application;
import dev.vitae.model.Resume;
import dev.vitae.source.Diagnostic;
import dev.vitae.tailor.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The variant an application sends: the one it names, {@code base} for the untailored résumé, or
 * with {@code auto} (and when left out) the one that best covers the posting, as {@code vitae
 * match} ranks them.
 *
 * @param variant the variant's name, or empty for the base résumé
 * @param reports every variant's match against the posting, best first (empty without a posting)
 * @param problem why no variant could be chosen
 */
public record VariantChoice(
    String variant, List<MatchReport> reports, Optional<Diagnostic> problem) {

  public static final String AUTO = "auto";
  public static final String BASE = "base";

  public VariantChoice {
    reports = List.copyOf(reports);
  }

  /** The name a person reads: the variant, or {@code base}. */
  public String shown() {
    return variant.isEmpty() ? BASE : variant;
  }

  /** The best-covering report; a variant rather than the base when they cover as much. */
  private static String best(List<MatchReport> reports) {
    if (reports.isEmpty()) {
      return BASE;
    }
    int top = reports.get(0).coverage();
    return reports.stream()
        .filter(r -> r.coverage() == top && !r.variant().equals(BASE))
        .findFirst()
        .orElse(reports.get(0))
        .variant();
  }

  /** Chooses the variant of {@code resume} for an application and its posting's text. */
  public static VariantChoice of(
      Application application, SourceMap map, Resume resume, Optional<String> posting) {
    List<Profile> profiles = new ArrayList<>();
    profiles.add(Profile.of("", null, Profile.Flags.NONE));
    resume.variants().forEach((name, v) -> profiles.add(Profile.of(name, v, Profile.Flags.NONE)));
    List<MatchReport> reports =
        posting.map(p -> Matcher.rank(resume, profiles, p)).orElse(List.of());
    String written = application.variant() == null ? AUTO : application.variant().strip();
    if (written.equals(AUTO)) {
      String best = best(reports);
      return new VariantChoice(best.equals(BASE) ? "" : best, reports, Optional.empty());
    }
    if (written.equals(BASE)) {
      return new VariantChoice("", reports, Optional.empty());
    }
    if (resume.variants().containsKey(written)) {
      return new VariantChoice(written, reports, Optional.empty());
    }
    List<String> known = new ArrayList<>(resume.variants().keySet());
    known.add(AUTO);
    known.add(BASE);
    return new VariantChoice(
        "",
        reports,
        Optional.of(
            Diagnostic.error(
                map.at("variant"),
                "unknown variant '%s'".formatted(written),
                Suggestions.closest(written, known)
                    .map(s -> "did you mean '" + s + "'?")
                    .orElse("resume.yaml has: " + String.join(", ", known)))));
  }
}
