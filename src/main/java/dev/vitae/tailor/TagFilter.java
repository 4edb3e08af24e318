package dev.vitae.tailor;

import dev.vitae.model.Records;
import dev.vitae.model.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One rule for every tagged thing in a résumé, wherever it is: an entry or an item whose {@code
 * tags} a variant does not keep is left out of its list (a job only when excluded). The same walk
 * lists the tags a résumé uses, so a tag {@code include:} may name is one that tailoring acts on.
 * Maps (variants, words, the dossier's sections) carry no tagged content and are not entered.
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
          list.stream().filter(x -> kept(x, tags)).map(x -> walk(x, tags)).toList();
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
