package dev.vitae.tailor;

import dev.vitae.model.Basics;
import dev.vitae.model.Dossier;
import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import dev.vitae.model.SkillGroup;
import dev.vitae.model.SystemEntry;
import dev.vitae.model.Variant;
import dev.vitae.model.Work;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
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
    Tags tags = new Tags(v.include(), v.exclude());
    Basics b = resume.basics();
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
            items(b.focus(), tags),
            b.availability());
    List<Work> work =
        resume.work().stream()
            .filter(w -> tags.keepsJob(w.tags()))
            .map(w -> job(w, tags, v.maxBullets()))
            .limit(v.maxJobs() == null ? Long.MAX_VALUE : Math.max(0, v.maxJobs()))
            .toList();
    List<SkillGroup> skills =
        resume.skills().stream()
            .filter(g -> tags.keeps(g.tags()))
            .map(
                g ->
                    new SkillGroup(
                        g.name(),
                        g.level(),
                        limit(items(g.keywords(), tags), v.maxSkills()),
                        g.tags(),
                        g.priority()))
            .filter(g -> !g.keywords().isEmpty())
            .toList();
    List<Dossier> dossiers =
        resume.dossiers().stream()
            .filter(d -> tags.keeps(d.tags()))
            .map(
                d ->
                    new Dossier(
                        d.id(),
                        d.title(),
                        d.role(),
                        d.organisation(),
                        d.metrics(),
                        d.problem(),
                        d.architecture(),
                        d.reliability(),
                        items(d.operations(), tags),
                        items(d.decisions(), tags),
                        d.stack(),
                        d.tags(),
                        d.priority()))
            .toList();
    return new Resume(
        resume.schema(),
        basics,
        keep(resume.metrics(), m -> m.tags(), tags),
        work,
        keep(resume.volunteer(), x -> x.tags(), tags),
        keep(resume.education(), x -> x.tags(), tags),
        keep(resume.awards(), x -> x.tags(), tags),
        keep(resume.certificates(), x -> x.tags(), tags),
        keep(resume.publications(), x -> x.tags(), tags),
        skills,
        resume.languages(),
        resume.interests(),
        resume.references(),
        keep(resume.projects(), x -> x.tags(), tags),
        systems(resume.systems(), dossiers, tags),
        dossiers,
        keep(resume.diagrams(), x -> x.tags(), tags),
        keep(resume.notes(), x -> x.tags(), tags),
        keep(resume.principles(), x -> x.tags(), tags),
        resume.sections(),
        resume.variants(),
        resume.meta(),
        resume.locale(),
        resume.fonts());
  }

  /** Systems the variant keeps; a link to a dossier it drops is dropped with it. */
  private static List<SystemEntry> systems(
      List<SystemEntry> systems, List<Dossier> kept, Tags tags) {
    var ids = kept.stream().map(Dossier::id).collect(java.util.stream.Collectors.toSet());
    return systems.stream()
        .filter(s -> tags.keeps(s.tags()))
        .map(
            s ->
                s.dossier() == null || ids.contains(s.dossier())
                    ? s
                    : new SystemEntry(
                        s.name(),
                        s.category(),
                        s.metric(),
                        s.summary(),
                        s.organisation(),
                        null,
                        s.tags(),
                        s.priority()))
        .toList();
  }

  private static Work job(Work w, Tags tags, @Nullable Integer maxBullets) {
    return new Work(
        w.name(),
        w.position(),
        w.url(),
        w.location(),
        w.startDate(),
        w.endDate(),
        w.summary(),
        w.description(),
        limit(items(w.highlights(), tags), maxBullets),
        w.stack(),
        w.tags(),
        w.priority());
  }

  private static List<Item> items(List<Item> items, Tags tags) {
    return items.stream().filter(i -> tags.keeps(i.tags())).toList();
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

  private static <T> List<T> keep(List<T> entries, Function<T, List<String>> tagsOf, Tags tags) {
    return entries.stream().filter(e -> tags.keeps(tagsOf.apply(e))).toList();
  }

  private static String or(@Nullable String override, String base) {
    return override != null ? override : base;
  }
}
