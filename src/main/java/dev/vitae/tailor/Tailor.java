package dev.vitae.tailor;

import dev.vitae.model.Basics;
import dev.vitae.model.Dossier;
import dev.vitae.model.Item;
import dev.vitae.model.Records;
import dev.vitae.model.Resume;
import dev.vitae.model.SkillGroup;
import dev.vitae.model.SystemEntry;
import dev.vitae.model.Variant;
import dev.vitae.model.Work;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** Applies a profile to a résumé. */
public final class Tailor {

  private Tailor() {}

  /**
   * The résumé as the profile wants it, its {@code --set} values applied; {@code resume} itself is
   * not changed.
   *
   * @throws TailorError when a {@code --set} value cannot be applied; check them first with {@link
   *     Overrides#apply}, which reports every one
   */
  public static Resume apply(Resume resume, Profile profile) {
    Overrides.Applied applied = Overrides.apply(variant(resume, profile), profile.sets());
    if (!applied.errors().isEmpty()) {
      FlagError e = applied.errors().get(0);
      throw new TailorError(e.flag() + ": " + e.message(), e.hint());
    }
    return applied.resume();
  }

  /** The résumé as the profile's variant and tag flags want it, before its {@code --set} values. */
  public static Resume variant(Resume resume, Profile profile) {
    Variant v = profile.variant();
    Resume kept = TagFilter.filter(resume, new Tags(v.include(), v.exclude()));
    Basics b = kept.basics();
    Basics basics =
        new Basics(
            b.name(),
            or(v.label(), b.label()),
            or(v.headline(), b.headline()),
            b.image(),
            b.email(),
            b.phone(),
            b.url(),
            or(v.summary(), b.summary()),
            b.location(),
            b.profiles(),
            b.focus(),
            b.availability());
    Set<String> dossierIds = kept.dossiers().stream().map(Dossier::id).collect(Collectors.toSet());
    List<Work> work =
        kept.work().stream()
            .map(w -> Records.with(w, "highlights", limit(w.highlights(), v.maxBullets())))
            // a link to a dossier the variant drops is dropped with it
            .map(
                w ->
                    w.dossier() == null || dossierIds.contains(w.dossier())
                        ? w
                        : Records.with(w, "dossier", null))
            .limit(v.maxJobs() == null ? Long.MAX_VALUE : Math.max(0, v.maxJobs()))
            .toList();
    List<SkillGroup> skills =
        kept.skills().stream()
            .map(g -> Records.with(g, "keywords", limit(g.keywords(), v.maxSkills())))
            .filter(g -> !g.keywords().isEmpty())
            .toList();
    Resume out = Records.with(kept, "basics", basics);
    out = Records.with(out, "work", work);
    out = Records.with(out, "skills", skills);
    return Records.with(out, "systems", systems(kept.systems(), kept.dossiers()));
  }

  /** The systems kept; a link to a dossier the variant drops is dropped with it. */
  private static List<SystemEntry> systems(List<SystemEntry> systems, List<Dossier> kept) {
    Set<String> ids = kept.stream().map(Dossier::id).collect(Collectors.toSet());
    return systems.stream()
        .map(
            s ->
                s.dossier() == null || ids.contains(s.dossier())
                    ? s
                    : Records.with(s, "dossier", null))
        .toList();
  }

  /** The first {@code max} items after the highest priorities, in their written order. */
  static List<Item> limit(List<Item> items, @Nullable Integer max) {
    if (max == null || items.size() <= max) {
      return items;
    }
    List<Integer> chosen =
        IntStream.range(0, items.size())
            .boxed()
            .sorted(
                Comparator.comparingInt(
                        (Integer i) -> -Objects.requireNonNullElse(items.get(i).priority(), 0))
                    .thenComparingInt(i -> i))
            .limit(Math.max(0, max))
            .sorted()
            .toList();
    return chosen.stream().map(items::get).toList();
  }

  private static String or(@Nullable String override, String base) {
    return override != null ? override : base;
  }
}
