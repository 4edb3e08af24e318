package dev.vitae.view;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the dossier templates print, in order: the cover, the contents, then one part per kind
 * of content. A part is {@code null} when resume.yaml has nothing for it, and is then left out of
 * the contents, the bookmarks and the pages.
 *
 * @param paper CSS page size: {@code letter} or {@code A4}
 * @param look the theme's type and colours
 * @param words every word vitae prints itself, by key ({@link dev.vitae.model.Word}), in the
 *     résumé's language
 * @param pageFooter each page's footer ("page 2 of 13") as text and page counters
 * @param contentsTitle the heading of the contents page
 * @param contents the parts and the dossiers inside them, as the contents page and the PDF
 *     bookmarks list them
 * @param timelineLinks for each job of the timeline, in its order, the dossier that tells its story
 *     (an empty id and title when none does)
 */
public record DossierView(
    DocumentInfo info,
    String paper,
    Look look,
    Map<String, String> words,
    List<FooterPiece> pageFooter,
    Cover cover,
    String contentsTitle,
    List<Mark> contents,
    @Nullable Part<SystemCard> systems,
    @Nullable Part<CaseStudy> dossiers,
    @Nullable Part<Figure> diagrams,
    @Nullable Part<Writeup> notes,
    @Nullable Part<SkillLine> skills,
    @Nullable Part<Entry> work,
    List<Mark> timelineLinks,
    @Nullable Part<Entry> projects,
    @Nullable Part<Writeup> principles,
    @Nullable Credentials credentials,
    @Nullable Closing contact) {

  /**
   * A piece of the page footer: text, or the page counter to print there ({@code page} or {@code
   * pages}).
   */
  public record FooterPiece(String text, String counter) {}

  /**
   * The first page.
   *
   * @param runningName the name as the header of every page shows it: whole, or cut short with "…"
   *     when it would not fit half the header line
   * @param longName a name too long for the cover's display size, set smaller so that it stays on
   *     the cover page
   * @param focus areas of focus, one keyword each
   * @param picture the person's picture as a {@code data:} address, when {@code basics.image} is a
   *     file of the project
   */
  public record Cover(
      String name,
      String runningName,
      boolean longName,
      String label,
      String headline,
      String summary,
      List<MetricCard> metrics,
      List<String> focus,
      List<Contact> contacts,
      @Nullable String picture) {}

  /** An entry of the contents and of the PDF bookmarks; {@code id} is the anchor it links to. */
  public record Mark(String id, String title, List<Mark> children) {}

  /** The words that open a part: its title, a subtitle and an introduction (each may be empty). */
  public record Heading(String id, String title, String subtitle, String intro) {}

  /** A part of the dossier: its heading and its items. */
  public record Part<T>(Heading heading, List<T> items) {}

  /**
   * One system in the overview.
   *
   * @param dossierId anchor of the dossier that tells its story, or empty
   * @param dossierTitle title of that dossier, or empty
   */
  public record SystemCard(
      String name,
      String category,
      String metric,
      String organisation,
      String summary,
      String dossierId,
      String dossierTitle) {}

  /**
   * One system dossier, set on pages of its own.
   *
   * @param kicker the line above the title ("Dossier 1 of 4")
   * @param stack technologies, joined
   * @param flow the architecture drawn as a flow, as a figure's steps; empty when not given
   */
  public record CaseStudy(
      String id,
      String kicker,
      String title,
      String organisation,
      String role,
      List<String> metrics,
      String problem,
      String architecture,
      List<FigureStep> flow,
      String reliability,
      List<String> operations,
      List<String> decisions,
      String stack) {

    /** The architecture's flow in rows of at most {@code width}. */
    public List<List<FigureStep>> rows(int width) {
      return FigureStep.rows(flow, width);
    }
  }

  /** A pipeline drawn as numbered boxes joined by arrows, left to right. */
  public record Figure(
      String id, String kicker, String title, String summary, List<FigureStep> steps) {

    /** The steps in rows of at most {@code width}, for pages too narrow for a long flow. */
    public List<List<FigureStep>> rows(int width) {
      return FigureStep.rows(steps, width);
    }
  }

  /**
   * One box of a figure; {@code number} is printed ("01"). {@code branches} are where the flow
   * branches after it, each a box without a number, drawn stacked before the next step.
   */
  public record FigureStep(String number, String name, String detail, List<FigureStep> branches) {

    public FigureStep(String number, String name, String detail) {
      this(number, name, detail, List.of());
    }

    /** Steps in rows of at most {@code width}. */
    static List<List<FigureStep>> rows(List<FigureStep> steps, int width) {
      List<List<FigureStep>> out = new java.util.ArrayList<>();
      for (int i = 0; i < steps.size(); i += width) {
        out.add(steps.subList(i, Math.min(steps.size(), i + width)));
      }
      return List.copyOf(out);
    }
  }

  /**
   * A short titled text: an engineering note or a principle; {@code kicker} is set above the title.
   */
  public record Writeup(String kicker, String title, String body) {}

  /**
   * Education, awards and languages under one heading, each under a title of its own.
   *
   * @param languages each language with its fluency: "English (native)"
   */
  public record Credentials(
      Heading heading,
      String educationTitle,
      List<Entry> education,
      String awardsTitle,
      List<Entry> awards,
      String languagesTitle,
      List<String> languages) {}

  /** The last part: what roles the person is open to and how to reach them. */
  public record Closing(Heading heading, String availability, List<Contact> contacts) {}
}
