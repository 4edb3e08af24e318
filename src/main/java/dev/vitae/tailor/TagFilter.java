package dev.vitae.tailor;

import dev.vitae.model.Records;
import dev.vitae.model.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One rule for every tagged thing in a résumé, wherever it is: an entry or an item whose {@code
 * tags} a variant does not keep is left out of its list (a job only when excluded), and one that
 * carries a tag the variant includes leads its list ({@link #led}). The same walk lists the tags a
 * résumé uses, so a tag {@code include:} may name is one that tailoring acts on. Maps (variants,
 * words, the dossier's sections) carry no tagged content and are not entered.
 */
final class TagFilter {

  static final String TAGS = "tags";

  private TagFilter() {}

  /** {@code value} with every entry and item the tags do not keep left out, at any depth. */
  @SuppressWarnings("unchecked")
  static <T> T filter(T value, Tags tags) {
    return (T) java.util.Objects.requireNonNull(walk(value, tags));
  }

  /** Every tag written on any entry or item, in the order met. */
  static List<String> used(@Nullable Object value) {
    List<String> out = new ArrayList<>();
    collect(value, out);
    return List.copyOf(out);
  }

  /** Adds the tags under {@code value} to {@code out}; one list for the whole walk. */
  private static void collect(@Nullable Object value, List<String> out) {
    switch (value) {
      case List<?> list -> {
        for (Object x : list) {
          collect(x, out);
        }
      }
      case Record r when Records.isRecord(r.getClass()) -> {
        for (Records.Field f : Records.fields(r.getClass())) {
          if (f.raw() == Map.class) {
            continue;
          }
          if (f.key().equals(TAGS)) {
            out.addAll(strings(f.of(r)));
          } else {
            collect(f.of(r), out);
          }
        }
      }
      case null, default -> {}
    }
  }

  private static @Nullable Object walk(@Nullable Object value, Tags tags) {
    return switch (value) {
      case List<?> list ->
          led(list.stream().filter(x -> kept(x, tags)).map(x -> walk(x, tags)).toList(), tags);
      case Record r when Records.isRecord(r.getClass()) -> {
        List<@Nullable Object> values = new ArrayList<>();
        for (Records.Field f : Records.fields(r.getClass())) {
          values.add(f.raw() == Map.class || f.key().equals(TAGS) ? f.of(r) : walk(f.of(r), tags));
        }
        yield Records.construct(r.getClass(), values);
      }
      case null, default -> value;
    };
  }

  /**
   * A list as a variant that includes tags leads it: in a list that is not dated (bullets,
   * keywords, skill groups, metrics, systems, dossiers), each entry or item carrying one of those
   * tags comes before those that carry none, each side in its written order — so what the role
   * looks for is read first, and what the fit cuts first (the last bullets of an entry) is what
   * carries no tag. Dated entries (jobs, education, projects, awards) keep their order: a timeline
   * is read by its dates. No priority changes: a priority is the file's own word.
   */
  private static List<?> led(List<?> list, Tags tags) {
    if (tags.include().isEmpty()
        || list.stream().anyMatch(x -> x instanceof Record r && isDated(r))) {
      return list;
    }
    List<Object> leading = new ArrayList<>();
    List<Object> rest = new ArrayList<>();
    for (Object x : list) {
      (x instanceof Record r && tags.leads(tagsOf(r)) ? leading : rest).add(x);
    }
    leading.addAll(rest);
    return java.util.Collections.unmodifiableList(leading);
  }

  private static List<String> tagsOf(Record r) {
    return Records.field(r.getClass(), TAGS).map(f -> strings(f.of(r))).orElse(List.of());
  }

  private static boolean isDated(Record r) {
    return Records.field(r.getClass(), "startDate").isPresent()
        || Records.field(r.getClass(), "date").isPresent();
  }

  private static boolean kept(@Nullable Object entry, Tags tags) {
    if (!(entry instanceof Record r)) {
      return true;
    }
    return Records.field(r.getClass(), TAGS)
        .map(f -> strings(f.of(r)))
        .map(t -> r instanceof Work ? tags.keepsJob(t) : tags.keeps(t))
        .orElse(true);
  }

  private static List<String> strings(@Nullable Object tags) {
    if (tags == null) {
      return List.of();
    }
    return ((List<?>) tags).stream().map(String.class::cast).toList();
  }
}
