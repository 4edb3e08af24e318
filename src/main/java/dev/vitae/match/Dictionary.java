package dev.vitae.match;

import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The terms a posting is searched for: a shipped list of common technologies and practices ({@code
 * vitae/terms.txt}, one term a line, aliases after '|'), plus every keyword and stack item of the
 * résumé itself.
 */
public record Dictionary(List<Term> terms) {

  public Dictionary {
    terms = List.copyOf(terms);
  }

  public static Dictionary forResume(Resume r) {
    Map<String, Term> byKey = new LinkedHashMap<>();
    for (Term t : shipped()) {
      byKey.putIfAbsent(t.key(), t);
    }
    Stream.of(
            r.skills().stream().flatMap(g -> g.keywords().stream()).map(Item::text),
            r.work().stream().flatMap(w -> w.stack().stream()),
            r.dossiers().stream().flatMap(d -> d.stack().stream()),
            r.basics().focus().stream().map(Item::text))
        .flatMap(s -> s)
        .forEach(
            word ->
                byKey.putIfAbsent(
                    word.toLowerCase(java.util.Locale.ROOT), new Term(word, List.of())));
    return new Dictionary(List.copyOf(byKey.values()));
  }

  static List<Term> shipped() {
    var in = Dictionary.class.getResourceAsStream("/vitae/terms.txt");
    if (in == null) {
      throw new IllegalStateException("vitae/terms.txt missing from the build");
    }
    List<Term> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\|");
        out.add(
            new Term(parts[0].strip(), Arrays.stream(parts).skip(1).map(String::strip).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
