package dev.vitae.view;

import dev.vitae.model.Theme;

/**
 * A theme's type and colours as the dossier prints them, CSS values ready to insert, so that the
 * dossier is set in the résumé's theme: {@code modern}'s Source Sans 3 and blue, {@code classic}'s
 * Source Serif 4 in black ink. A theme of the user's own sets the dossier as {@code modern}.
 *
 * @param ink body text
 * @param strong names and headings
 * @param accent kickers, subtitles, numbers, links and the rule on top of a diagram's box
 * @param muted small print: details, dates, introductions
 * @param soft secondary text: organisations, roles
 * @param rule lines under part headings and around figures
 * @param mark separators and the borders of a diagram's boxes
 * @param tint the ground of a diagram's box
 */
public record Look(
    String font,
    String ink,
    String strong,
    String accent,
    String muted,
    String soft,
    String rule,
    String mark,
    String tint) {

  public static final Look MODERN =
      new Look(
          "'Source Sans 3'",
          "#1f2933",
          "#111827",
          "#1f5f99",
          "#52606d",
          "#323f4b",
          "#cbd2d9",
          "#9aa5b1",
          "#f5f7fa");

  public static final Look CLASSIC =
      new Look(
          "'Source Serif 4'",
          "#111111",
          "#000000",
          "#000000",
          "#444444",
          "#333333",
          "#000000",
          "#777777",
          "#f4f4f4");

  public static Look of(Theme theme) {
    return theme.equals(Theme.CLASSIC) ? CLASSIC : MODERN;
  }
}
