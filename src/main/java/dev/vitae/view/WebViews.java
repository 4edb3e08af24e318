package dev.vitae.view;

import dev.vitae.model.Basics;
import dev.vitae.model.Resume;
import dev.vitae.model.Web;
import java.util.Objects;
import java.util.Optional;

/** Builds what the web pages print around their document. */
public final class WebViews {

  private WebViews() {}

  /**
   * The frame of a web page of this (tailored) résumé, set in this look and these fonts (a CSS
   * font-family list), with the person's picture when the project has one.
   */
  public static WebPage of(Resume r, Look look, String fonts, Optional<Picture> picture) {
    Basics b = r.basics();
    Web web = r.web();
    WebPage.Prompt prompt =
        web == null || web.prompt() == null
            ? null
            : new WebPage.Prompt(
                web.prompt().user(),
                Objects.requireNonNullElse(web.prompt().folder(), ""),
                Objects.requireNonNullElse(web.prompt().status(), ""));
    return new WebPage(
        look,
        fonts,
        prompt,
        Objects.requireNonNullElse(b.headline(), ""),
        picture.map(Picture::dataUri).orElse(null),
        PersonJsonLd.of(r));
  }
}
