package dev.vitae.tailor;

import dev.vitae.model.DocumentKind;
import dev.vitae.model.Keyed;
import dev.vitae.model.Theme;
import dev.vitae.model.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A variant as it will be built: the YAML's named variant (or none, for the base documents) with
 * the command line's flags laid over it. Flags win.
 *
 * @param name the variant's name, or {@code ""} for the base documents
 * @param sets dot-path overrides from {@code --set path=value}, in the order given (applied in that
 *     order, and their errors reported in it)
 */
public record Profile(String name, Variant variant, List<Assignment> sets) {

  public static final Variant EMPTY =
      new Variant(
          null, null, null, List.of(), List.of(), List.of(), null, null, null, List.of(), List.of(),
          null, null, null);

  public Profile {
    sets = List.copyOf(sets);
  }

  public boolean isBase() {
    return name.isEmpty();
  }

  /** Command-line flags, each empty when not given. */
  public record Flags(
      List<String> tags,
      List<String> excludeTags,
      List<String> only,
      List<Assignment> sets,
      @Nullable String theme) {
    public static final Flags NONE = new Flags(List.of(), List.of(), List.of(), List.of());

    /**
     * Without a theme. A theme alone changes the look of every document, so it does not count here.
     */
    public Flags(
        List<String> tags, List<String> excludeTags, List<String> only, List<Assignment> sets) {
      this(tags, excludeTags, only, sets, null);
    }

    public boolean isEmpty() {
      return tags.isEmpty() && excludeTags.isEmpty() && only.isEmpty() && sets.isEmpty();
    }
  }

  /** The named variant (or {@link #EMPTY} for the base) with the flags laid over it. */
  public static Profile of(String name, @Nullable Variant fromYaml, Flags flags) {
    Variant v = Objects.requireNonNullElse(fromYaml, EMPTY);
    List<String> include = flags.tags().isEmpty() ? v.include() : flags.tags();
    List<String> exclude = new ArrayList<>(v.exclude());
    flags.excludeTags().stream().filter(t -> !exclude.contains(t)).forEach(exclude::add);
    List<DocumentKind> documents =
        flags.only().isEmpty()
            ? v.documents()
            : flags.only().stream()
                .map(d -> Keyed.of(DocumentKind.class, d).orElseThrow())
                .toList();
    Variant merged =
        new Variant(
            v.label(),
            v.headline(),
            v.summary(),
            include,
            List.copyOf(exclude),
            v.sections(),
            v.maxJobs(),
            v.maxBullets(),
            v.maxSkills(),
            v.emphasize(),
            documents,
            v.filename(),
            v.fit(),
            flags.theme() != null ? new Theme(flags.theme()) : v.theme());
    return new Profile(name, merged, flags.sets());
  }
}
