package dev.vitae.render.pdf;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Flying Saucer's line breaking, less the breaks after a hyphen inside a word. A word broken at its
 * own hyphen ({@code real-} | {@code time}) reads back as {@code real- time} or {@code realtime} (a
 * reader cannot tell a hard hyphen at a line end from a soft one), so a hyphenated compound moves
 * to the next line whole, as a word without a hyphen does. A word too long for its line is still
 * broken by {@code word-wrap: break-word}.
 */
final class HardHyphens implements LineBreakingStrategy {

  private final LineBreakingStrategy breaks = new DefaultLineBreakingStrategy();

  @Override
  public BreakPointsProvider getBreakPointsProvider(
      String text, String lang, CalculatedStyle style) {
    BreakPointsProvider all = breaks.getBreakPointsProvider(text, lang, style);
    return () -> {
      BreakPoint p = all.next();
      while (insideAWord(text, p.getPosition())) {
        p = all.next();
      }
      return p;
    };
  }

  /** A break right after a hyphen that joins two letters or digits (a text may start with it). */
  static boolean insideAWord(String text, int at) {
    return at >= 1
        && at < text.length()
        && text.charAt(at - 1) == '-'
        && Character.isLetterOrDigit(text.codePointAt(at))
        && (at == 1 || Character.isLetterOrDigit(text.codePointBefore(at - 1)));
  }
}
