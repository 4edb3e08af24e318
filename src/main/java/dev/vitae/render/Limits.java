package dev.vitae.render;

import java.time.Duration;

/**
 * How long one template may run and how many characters it may write; one layout of its output gets
 * the same time. A user's template runs in the same sandbox as the shipped ones, so an endless
 * {@code <#list 1.. as i>} or a runaway loop ends as an error that names the template, not a hung
 * build.
 *
 * @param time the most one template run, and one layout, may take
 * @param characters the most characters one template run may write
 */
public record Limits(Duration time, int characters) {

  /**
   * The sample's dossier, the longest shipped output, is about 200,000 characters and renders in
   * milliseconds; a 200-job résumé lays out in under a second. These leave room for far more.
   */
  public static final Limits DEFAULT = new Limits(Duration.ofSeconds(20), 8 * 1024 * 1024);

  /** The time, as people read it: {@code 20 s}, {@code 0.3 s}. */
  public String timeText() {
    long ms = time.toMillis();
    return (ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0)) + " s";
  }
}
