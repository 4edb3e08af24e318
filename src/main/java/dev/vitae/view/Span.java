package dev.vitae.view;

import org.jspecify.annotations.Nullable;

/**
 * A run of text and how it is set: in bold when {@code strong} (Markdown's {@code **…**}, or a term
 * a variant emphasises), in italics when {@code em} ({@code *…*}), as code when {@code code}
 * ({@code `…`}), and a link to {@code href} when it has one ({@code [text](https://…)}).
 */
public record Span(String text, boolean strong, boolean em, boolean code, @Nullable String href) {

  public Span(String text, boolean strong) {
    this(text, strong, false, false, null);
  }

  /** The same run with other text, set the same way. */
  public Span with(String other) {
    return new Span(other, strong, em, code, href);
  }

  /** The same run, in bold. */
  public Span bold() {
    return new Span(text, true, em, code, href);
  }

  /** Whether it is set as plain text: no weight, style, code or link. */
  public boolean isPlain() {
    return !strong && !em && !code && href == null;
  }
}
