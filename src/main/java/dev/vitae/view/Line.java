package dev.vitae.view;

import java.util.List;

/** A line of text with its emphasised runs; {@code plain} is the same text without marks. */
public record Line(String plain, List<Span> spans) {

  public static Line of(String plain) {
    return new Line(plain, List.of(new Span(plain, false)));
  }
}
