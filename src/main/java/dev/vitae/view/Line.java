package dev.vitae.view;

import java.util.List;

/**
 * A line of text with its emphasised runs; {@code plain} is the same text without marks.
 *
 * @param ref where a droppable line comes from in the résumé, e.g. {@code work[3].highlights[2]};
 *     empty for lines that are never dropped (summaries, skills)
 * @param priority how important it is to keep when space runs short (higher keeps longer; 0 normal)
 */
public record Line(String plain, List<Span> spans, String ref, int priority) {

  public Line(String plain, List<Span> spans) {
    this(plain, spans, "", 0);
  }

  public static Line of(String plain) {
    return new Line(plain, List.of(new Span(plain, false)));
  }

  /** The same line, marked as a droppable item. */
  public Line withRef(String newRef, int newPriority) {
    return new Line(plain, spans, newRef, newPriority);
  }
}
