package dev.vitae.pipeline;

import dev.vitae.model.DocumentKind;
import dev.vitae.model.Theme;
import dev.vitae.render.html.WebFonts;
import dev.vitae.view.DossierText;
import dev.vitae.view.DossierView;
import dev.vitae.view.Look;
import dev.vitae.view.ResumeView;
import dev.vitae.view.ViewText;
import dev.vitae.view.WebPage;
import dev.vitae.view.WebViews;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The web pages: the résumé as a page ({@code Tushar-Resume.html}), and the dossier as a portfolio
 * page ({@code Tushar-Portfolio.html}) when the build makes the dossier too. Each is one file in
 * the profile's theme: its fonts subset and inlined, its picture inlined, the person as schema.org
 * JSON-LD, nothing fetched from another host. The résumé's page holds all the variant keeps (a page
 * has no length to fit). Read back with jsoup, each must hold every string of its view, in order.
 */
enum WebPages implements Output {
  RESUME,
  PORTFOLIO;

  /** The portfolio's word in its file name. */
  static final String PORTFOLIO_DOCUMENT = "Portfolio";

  @Override
  public DocumentKind kind() {
    return DocumentKind.HTML;
  }

  @Override
  public boolean wanted(Set<DocumentKind> asked) {
    return asked.contains(DocumentKind.HTML)
        && (this != PORTFOLIO || asked.contains(DocumentKind.DOSSIER));
  }

  @Override
  public String stage() {
    return "html";
  }

  @Override
  public Rendered render(Job job) {
    long t0 = System.nanoTime();
    Theme theme = Objects.requireNonNullElse(job.profile().variant().theme(), Theme.MODERN);
    Look look = Look.of(theme);
    WebFonts.Family family =
        look.equals(Look.CLASSIC) ? WebFonts.Family.SERIF : WebFonts.Family.SANS;
    WebPage web = WebViews.of(job.tailored(), look, family.cssList(), job.options().picture());
    if (this == RESUME) {
      ResumeView view = job.resumeView().withHeadingsAsWritten();
      String html = job.render("resume.html.ftlx", new WebPage.ResumePage(web, view, links(job)));
      return Rendered.html(
          List.of(document(job.fileName("Resume", "html"), "resume.html", html, family, t0)),
          SourceText.webPage(ViewText.of(view)));
    }
    DossierView view = job.dossierView();
    String html = job.render("portfolio.html.ftlx", new WebPage.PortfolioPage(web, view));
    return Rendered.html(
        List.of(
            document(job.fileName(PORTFOLIO_DOCUMENT, "html"), "portfolio.html", html, family, t0)),
        SourceText.webPage(DossierText.strings(view)));
  }

  /**
   * The links from the résumé's jobs to their dossiers in the portfolio, when the build writes the
   * portfolio beside the résumé's page (the same folder, so the link is the file's name).
   */
  private static Map<String, WebPage.Link> links(Job job) {
    if (!PORTFOLIO.wanted(job.asked())) {
      return Map.of();
    }
    DossierView dossier = job.dossierView();
    String page = Path.of(job.fileName(PORTFOLIO_DOCUMENT, "html")).getFileName().toString();
    Map<String, WebPage.Link> out = new HashMap<>();
    List<DossierView.Mark> marks = dossier.timelineLinks();
    for (int i = 0; i < marks.size(); i++) {
      if (!marks.get(i).id().isEmpty()) {
        out.put(
            "work[" + i + "]",
            new WebPage.Link(
                page + "#" + marks.get(i).id(),
                marks.get(i).title(),
                dossier.words().getOrDefault("see", "")));
      }
    }
    return out;
  }

  private static Document document(
      String name, String kind, String html, WebFonts.Family family, long t0) {
    byte[] bytes = WebFonts.inline(html, family).getBytes(StandardCharsets.UTF_8);
    return new Document(name, kind, bytes, 0, Job.ms(System.nanoTime() - t0));
  }
}
