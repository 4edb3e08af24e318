package dev.vitae.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The look of the résumé PDF, by name ({@code theme:}, {@code --theme}). Themes are open: besides
 * the shipped ones, any {@code resume-NAME.ftlx} in a folder given with {@code --templates} is a
 * theme. So a theme is a checked name, not an enum; whether its template exists is known only once
 * the templates are.
 *
 * @param name lower-case letters, digits and '-', as in {@code resume-NAME.ftlx}
 */
public record Theme(String name) {

  /** What a theme name may be: it becomes part of a file name. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

  /** The default theme, {@code resume.ftlx}. */
  public static final Theme MODERN = new Theme("modern");

  public static final Theme CLASSIC = new Theme("classic");

  /** The themes shipped with vitae, the default first. */
  public static final List<Theme> SHIPPED = List.of(MODERN, CLASSIC);

  public Theme {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a theme name: " + name);
    }
  }

  /** The theme a name names, if it is a theme name. */
  public static Optional<Theme> parse(String name) {
    return NAME.matcher(name).matches() ? Optional.of(new Theme(name)) : Optional.empty();
  }

  /** Its résumé template: {@code resume.ftlx} for modern, else {@code resume-NAME.ftlx}. */
  public String template() {
    return equals(MODERN) ? "resume.ftlx" : "resume-" + name + ".ftlx";
  }

  /**
   * Its cover letter's template: {@code letter.ftlx} for modern, else {@code letter-NAME.ftlx}
   * (same page, fonts and header as the résumé's).
   */
  public String letterTemplate() {
    return equals(MODERN) ? "letter.ftlx" : "letter-" + name + ".ftlx";
  }

  @Override
  public String toString() {
    return name;
  }
}
