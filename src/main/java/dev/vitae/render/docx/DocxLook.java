package dev.vitae.render.docx;

import dev.vitae.model.Theme;
import java.util.List;

/**
 * A theme as Word sets it: the theme's font, the fonts Word and LibreOffice should take where it is
 * not installed, and the theme's colours.
 *
 * @param family the font table's family class: {@code swiss} (sans serif) or {@code roman}
 * @param ink body text colour, as hex RRGGBB
 * @param accent headings, label and links
 * @param rule the line under section headings
 */
public record DocxLook(
    String font, List<String> fallbacks, String family, String ink, String accent, String rule) {

  public DocxLook {
    fallbacks = List.copyOf(fallbacks);
  }

  public static final DocxLook MODERN =
      new DocxLook(
          "Source Sans 3", List.of("Calibri", "Arial"), "swiss", "1F2933", "1F5F99", "CBD2D9");

  public static final DocxLook CLASSIC =
      new DocxLook(
          "Source Serif 4",
          List.of("Cambria", "Times New Roman"),
          "roman",
          "111111",
          "000000",
          "000000");

  /** The look of a theme; a theme of the user's own is set as the default theme. */
  public static DocxLook of(Theme theme) {
    return theme.equals(Theme.CLASSIC) ? CLASSIC : MODERN;
  }
}
