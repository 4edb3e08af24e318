package dev.vitae.view;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a web page prints around its document: the résumé's page and the portfolio share it.
 *
 * @param look the theme's type and colours, as CSS values
 * @param fonts the CSS font-family list the page is set in: its family, then the fallbacks vitae
 *     inlines for the characters the family lacks
 * @param prompt the header's terminal prompt, when resume.yaml draws one ({@code web.prompt})
 * @param headline the one sentence under the title
 * @param picture the person's picture as a {@code data:} address, when {@code basics.image} is a
 *     file of the project (a page that asks another host for nothing cannot show a web address)
 * @param jsonLd the person as schema.org {@code Person} JSON-LD, safe inside a {@code script}
 */
public record WebPage(
    Look look,
    String fonts,
    @Nullable Prompt prompt,
    String headline,
    @Nullable String picture,
    String jsonLd) {

  /** The header's prompt: {@code user@folder}, then a status line. */
  public record Prompt(String user, String folder, String status) {}

  /**
   * The résumé as a web page.
   *
   * @param dossiers for each entry that a system dossier tells the story of, by the entry's ref
   *     ({@code work[1]}), the link to that dossier in the portfolio page beside it
   */
  public record ResumePage(WebPage web, ResumeView resume, Map<String, Link> dossiers) {

    public ResumePage {
      dossiers = Map.copyOf(dossiers);
    }
  }

  /** A link to another page: its address, its words, and the word set before them ("Dossier"). */
  public record Link(String href, String title, String label) {}

  /** The dossier as a portfolio page. */
  public record PortfolioPage(WebPage web, DossierView dossier) {}
}
