package dev.vitae.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a value's inline Markdown into runs ({@link MarkdownSpans}) and marks the terms a variant
 * emphasises in bold, leaving the words themselves unchanged.
 */
public record Emphasis(List<String> terms) {

  public static final Emphasis NONE = new Emphasis(List.of());

  public Emphasis {
    terms = List.copyOf(terms);
  }

  public Line line(String text) {
    List<Span> runs = MarkdownSpans.of(text);
    if (!terms.isEmpty()) {
      Pattern p = pattern();
      List<Span> marked = new ArrayList<>();
      runs.forEach(r -> mark(r, p, marked));
      runs = List.copyOf(marked);
    }
    StringBuilder plain = new StringBuilder();
    runs.forEach(r -> plain.append(r.text()));
    return new Line(plain.toString(), runs);
  }

  private Pattern pattern() {
    List<String> longestFirst =
        terms.stream()
            .filter(t -> !t.isBlank())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    String alternatives = String.join("|", longestFirst.stream().map(Pattern::quote).toList());
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  /** A run with each emphasised term in it split off in bold; code is left as it is. */
  private static void mark(Span run, Pattern terms, List<Span> out) {
    if (run.code() || run.strong()) {
      out.add(run);
      return;
    }
    String text = run.text();
    Matcher m = terms.matcher(text);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(run.with(text.substring(at, m.start())));
      }
      out.add(run.with(m.group()).bold());
      at = m.end();
    }
    if (at < text.length()) {
      out.add(run.with(text.substring(at)));
    }
  }
}
