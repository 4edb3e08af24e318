package dev.vitae.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One dated entry of a section: a job, a degree, an award.
 *
 * @param title the role or the thing ("Software Developer")
 * @param org who it was with ("Magnolia Pearl")
 * @param titleUrl where the thing itself is (a project, a paper, a certificate), or null
 * @param orgUrl where the organisation is (an employer's, a school's site), or null
 * @param dates formatted period ("Jan 2024 – Present"), or empty
 * @param details small print under the title: stack, score
 * @param ref where it comes from in the résumé, e.g. {@code work[3]}; empty when unknown
 * @param priority how important it is to keep when space runs short (higher keeps longer; 0 normal)
 * @param place where it was ("Texas, US"), or empty
 */
public record Entry(
    String title,
    String org,
    @Nullable String titleUrl,
    @Nullable String orgUrl,
    String dates,
    String details,
    String summary,
    List<Line> bullets,
    String ref,
    int priority,
    String place) {

  public Entry(
      String title,
      String org,
      @Nullable String titleUrl,
      @Nullable String orgUrl,
      String dates,
      String details,
      String summary,
      List<Line> bullets) {
    this(title, org, titleUrl, orgUrl, dates, details, summary, bullets, "", 0, "");
  }

  /** The most characters of title and organisation set on one line beside the dates. */
  public static final int ONE_LINE_HEAD = 72;

  /**
   * Whether the PDF sets title and organisation on two lines, the dates at the end of the title's
   * and the place at the end of the organisation's: when together they are too long for one line
   * beside the dates, and in an entry of one line (an award, a degree without place), whose entries
   * parsers would otherwise read as one (they split a section where a line gap is wider than its
   * common one).
   */
  public boolean headOnTwoLines() {
    boolean oneLine =
        details.isEmpty() && place.isEmpty() && summary.isEmpty() && bullets.isEmpty();
    return !title.isEmpty()
        && !org.isEmpty()
        && (oneLine || title.length() + org.length() > ONE_LINE_HEAD);
  }

  /** Place and details on one line ("Texas, US · ASP.NET, C#"), as the text formats print them. */
  public String placeAndDetails() {
    return ResumeViews.join(" · ", place, details);
  }

  /** The same entry, with the place it was at. */
  public Entry at(String where) {
    return with(bullets, ref, priority, where);
  }

  /**
   * The same entry, marked with where it comes from; its bullets become {@code ref.highlights[i]}.
   */
  public Entry withRef(String newRef, Integer own, List<Integer> bulletPriorities) {
    int p = own == null ? 0 : own;
    List<Line> marked = new java.util.ArrayList<>();
    for (int i = 0; i < bullets.size(); i++) {
      Integer b = i < bulletPriorities.size() ? bulletPriorities.get(i) : null;
      marked.add(bullets.get(i).withRef(newRef + ".highlights[" + i + "]", b != null ? b : p));
    }
    return with(List.copyOf(marked), newRef, p, place);
  }

  /** The same entry with other bullets. */
  public Entry withBullets(List<Line> other) {
    return with(List.copyOf(other), ref, priority, place);
  }

  private Entry with(List<Line> newBullets, String newRef, int newPriority, String newPlace) {
    return new Entry(
        title,
        org,
        titleUrl,
        orgUrl,
        dates,
        details,
        summary,
        newBullets,
        newRef,
        newPriority,
        newPlace);
  }
}
