package dev.vitae.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Marks the words to set in bold, leaving the text itself unchanged. */
public record Emphasis(List<String> terms) {

  public static final Emphasis NONE = new Emphasis(List.of());

  public Emphasis {
    terms = List.copyOf(terms);
  }

  public Line line(String text) {
    if (terms.isEmpty()) {
      return Line.of(text);
    }
    List<String> longestFirst =
        terms.stream()
            .filter(t -> !t.isBlank())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    String alternatives = String.join("|", longestFirst.stream().map(Pattern::quote).toList());
    Matcher m =
        Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])")
            .matcher(text);
    List<Span> spans = new ArrayList<>();
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        spans.add(new Span(text.substring(at, m.start()), false));
      }
      spans.add(new Span(m.group(), true));
      at = m.end();
    }
    if (at < text.length()) {
      spans.add(new Span(text.substring(at), false));
    }
    return new Line(text, List.copyOf(spans));
  }
}
