package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.PdfPages;
import dev.vitae.model.Diagram;
import dev.vitae.model.Dossier;
import dev.vitae.model.Item;
import dev.vitae.model.Resume;
import dev.vitae.model.SectionText;
import dev.vitae.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every dossier PDF must satisfy, whatever its content: checks shared by the dossier tests.
 */
final class DossierChecks {

  /** The parts in the order the dossier sets them, by their key in resume.yaml's sections. */
  static final List<String> PARTS =
      List.of(
          "systems",
          "dossiers",
          "diagrams",
          "notes",
          "skills",
          "work",
          "principles",
          "credentials",
          "contact");

  /** Labels the template sets inside each system dossier. */
  static final List<String> DOSSIER_LABELS =
      List.of(
          "Problem",
          "Architecture",
          "Scalability / Reliability",
          "Operational Complexity",
          "Technical decisions",
          "Stack");

  private DossierChecks() {}

  static String title(Resume r, String part) {
    return r.sections().get(part).title();
  }

  static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /**
   * A page's text as one line; a line broken after a hyphen ("operator-" / "facing") joins without
   * a space.
   */
  static String flat(List<String> lines) {
    return flat(String.join("\n", lines).replace("-\n", "-"));
  }

  /** The body text of the whole PDF, headers and footers left out, as one line. */
  static String body(PdfPages pdf) {
    return flat(pdf.body().replace("-\n", "-"));
  }

  /**
   * Every heading the PDF sets: part titles, dossier titles and labels, figure, note and principle
   * titles.
   */
  static List<String> headings(Resume r) {
    List<String> out = new ArrayList<>(PARTS.stream().map(p -> title(r, p)).toList());
    out.add("Contents");
    r.dossiers().forEach(d -> out.add(d.title()));
    out.addAll(DOSSIER_LABELS);
    for (int i = 0; i < r.diagrams().size(); i++) {
      out.add("Figure " + (i + 1));
      out.add(r.diagrams().get(i).title());
    }
    r.notes()
        .forEach(
            n -> {
              out.add(n.category());
              out.add(n.title());
            });
    for (int i = 0; i < r.principles().size(); i++) {
      out.add("%02d %s".formatted(i + 1, r.principles().get(i).title()));
    }
    out.addAll(List.of("Education", "Awards"));
    return out;
  }

  /**
   * Text that opens something and must never end a page: part subtitles and intros, dossier roles
   * and figures.
   */
  static List<String> openers(Resume r) {
    List<String> out = new ArrayList<>();
    for (SectionText s : r.sections().values()) {
      if (s.subtitle() != null) {
        out.add(s.subtitle());
      }
      if (s.intro() != null) {
        out.add(s.intro());
      }
    }
    for (Dossier d : r.dossiers()) {
      out.add(d.role());
      out.add(String.join(" | ", d.metrics()));
    }
    r.diagrams().forEach(d -> out.add(d.summary()));
    return out;
  }

  /** Every string of resume.yaml the dossier must carry. */
  static List<String> seeds(Resume r) {
    List<String> out = new ArrayList<>();
    var b = r.basics();
    out.addAll(
        List.of(b.name(), b.label(), b.headline(), b.summary(), b.availability(), b.email()));
    b.focus().stream().map(Item::text).forEach(out::add);
    for (var m : r.metrics()) {
      out.addAll(List.of(m.value(), m.label(), m.context()));
    }
    for (SectionText s : r.sections().values()) {
      out.add(s.title());
      if (s.subtitle() != null) {
        out.add(s.subtitle());
      }
      if (s.intro() != null) {
        out.add(s.intro());
      }
    }
    for (var s : r.systems()) {
      out.addAll(List.of(s.name(), s.category(), s.metric(), s.summary(), s.organisation()));
    }
    for (Dossier d : r.dossiers()) {
      out.addAll(
          List.of(
              d.title(),
              d.role(),
              d.organisation(),
              d.problem(),
              d.architecture(),
              d.reliability()));
      out.addAll(d.metrics());
      d.operations().stream().map(Item::text).forEach(out::add);
      d.decisions().stream().map(Item::text).forEach(out::add);
      out.addAll(d.stack());
    }
    for (Diagram d : r.diagrams()) {
      out.add(d.title());
      out.add(d.summary());
      out.addAll(flow(d));
    }
    for (var n : r.notes()) {
      out.addAll(List.of(n.category(), n.title(), n.body()));
    }
    for (var g : r.skills()) {
      out.add(g.name());
      g.keywords().stream().map(Item::text).forEach(out::add);
    }
    for (var w : r.work()) {
      out.addAll(List.of(w.name(), w.position(), w.location()));
      out.addAll(w.stack());
      w.highlights().stream().map(Item::text).forEach(out::add);
    }
    for (var p : r.principles()) {
      out.addAll(List.of(p.title(), p.body()));
    }
    for (var e : r.education()) {
      out.addAll(List.of(e.institution(), e.studyType(), e.area(), e.location(), e.score()));
    }
    for (var a : r.awards()) {
      out.addAll(List.of(a.title(), a.awarder()));
    }
    return out;
  }

  /** The page the contents stand on: the cover, which they close. */
  static final int CONTENTS_PAGE = 1;

  /** The page each contents entry names, read from the cover, in contents order. */
  static Map<String, Integer> contentsPages(Resume r, PdfPages pdf) {
    // the contents close the cover, in two columns: read in content-stream order, as an ATS
    // would, each entry is its title and its page number, the left column before the right
    String cover = pdf.stream().get(CONTENTS_PAGE - 1);
    assertThat(cover).contains("Contents ");
    String contents = cover.substring(cover.indexOf("Contents ") + "Contents ".length());
    Map<String, Integer> out = new LinkedHashMap<>();
    List<String> titles = new ArrayList<>();
    for (String part : PARTS) {
      titles.add(title(r, part));
      if (part.equals("dossiers")) {
        r.dossiers().forEach(d -> titles.add(d.title()));
      }
    }
    for (String t : titles) {
      Pattern line = Pattern.compile(Pattern.quote(t) + " (\\d+)");
      Matcher m = line.matcher(contents);
      Integer page = m.find() ? Integer.parseInt(m.group(1)) : null;
      assertThat(page).as("contents entry for '%s' in %s", t, contents).isNotNull();
      out.put(t, page);
    }
    return out;
  }

  /**
   * Each heading of the contents stands, as a line of its own, on the page the contents give, and
   * only there.
   */
  static void contentsMatchHeadings(Resume r, PdfPages pdf) {
    contentsPages(r, pdf)
        .forEach(
            (heading, page) ->
                assertThat(pdf.pagesWithLine(heading))
                    .as("pages where '%s' stands as a line", heading)
                    .containsExactly(page));
  }

  /** No page ends with a heading, a kicker, or the words that open a part or a dossier. */
  static void noHeadingEndsAPage(Resume r, PdfPages pdf) {
    List<String> headings = headings(r);
    List<String> openers = openers(r).stream().map(DossierChecks::flat).toList();
    for (int p = 1; p <= pdf.count(); p++) {
      List<String> lines = pdf.page(p);
      String last = lines.get(lines.size() - 1);
      assertThat(headings).as("last line of page %d: '%s'", p, last).doesNotContain(last);
      for (int i = 0; i < r.dossiers().size(); i++) {
        assertThat(last).as("last line of page %d", p).doesNotStartWith(kicker(r, i));
      }
      String page = flat(lines);
      for (String o : openers) {
        assertThat(page).as("page %d ends with the opening words '%s'", p, o).doesNotEndWith(o);
      }
    }
  }

  /**
   * Each diagram stands whole on one page and reads, in content-stream order (as an ATS reads it),
   * title, summary, then each step's number, name and detail, each of its branches after it; no
   * arrow is a glyph of the text layer.
   */
  static void diagramsWholeAndInOrder(Resume r, byte[] pdf) {
    dev.vitae.StreamText stream = dev.vitae.StreamText.of(pdf);
    for (Diagram d : r.diagrams()) {
      List<String> steps = new ArrayList<>();
      for (int i = 0; i < d.steps().size(); i++) {
        Step s = d.steps().get(i);
        steps.add("%02d %s %s".formatted(i + 1, s.name(), s.detail()));
        s.branches().forEach(b -> steps.add(b.name() + " " + b.detail()));
      }
      String expected = flat(d.title() + " " + d.summary()) + " " + String.join(" ", steps);
      long pages =
          stream.pages().stream()
              .filter(page -> flat(page.replace("-\n", "-")).contains(expected))
              .count();
      assertThat(pages).as("pages holding all of '%s' in step order", d.title()).isEqualTo(1);
    }
    assertThat(stream.flat()).doesNotContain("↓", "→");
  }

  /**
   * Each system dossier's architecture flow stands under its text on one page, its boxes read in
   * step order (a branch after its step) in content-stream order.
   */
  static void flowsWholeAndInOrder(Resume r, byte[] pdf) {
    dev.vitae.StreamText stream = dev.vitae.StreamText.of(pdf);
    for (Dossier d : r.dossiers()) {
      List<String> boxes = new ArrayList<>();
      for (int i = 0; i < d.flow().size(); i++) {
        var s = d.flow().get(i);
        boxes.add("%02d %s %s".formatted(i + 1, s.name(), s.detail()));
        s.branches().forEach(b -> boxes.add(b.name() + " " + b.detail()));
      }
      String expected = flat(d.architecture()) + " " + String.join(" ", boxes);
      long pages =
          stream.pages().stream()
              .filter(p -> flat(p.replace("-\n", "-")).contains(expected))
              .count();
      assertThat(pages).as("pages holding the flow of '%s' in step order", d.title()).isEqualTo(1);
    }
  }

  /** Each engineering note, its category, title and body, stands whole on one page. */
  static void notesWhole(Resume r, PdfPages pdf) {
    for (var n : r.notes()) {
      String whole = flat(n.category() + " " + n.title() + " " + n.body());
      long pages =
          java.util.stream.IntStream.rangeClosed(1, pdf.count())
              .filter(p -> flat(pdf.page(p)).contains(whole))
              .count();
      assertThat(pages).as("pages holding all of the note '%s'", n.title()).isEqualTo(1);
    }
  }

  /**
   * Whether a page whose first line is {@code first} opens with a forced page break: the systems,
   * the first dossier under its part's title, each later dossier under its kicker, the diagrams.
   */
  static boolean opensAPage(Resume r, String first) {
    if (List.of(title(r, "systems"), title(r, "dossiers"), title(r, "diagrams")).contains(first)) {
      return true;
    }
    for (int i = 0; i < r.dossiers().size(); i++) {
      if (first.startsWith(kicker(r, i) + " · ")) {
        return true;
      }
    }
    return false;
  }

  /** The words that open the {@code i}th dossier, as the résumé's words have them. */
  static String kicker(Resume r, int i) {
    return dev.vitae.view.Writing.of(r)
        .word(
            dev.vitae.model.Word.CASE,
            java.util.Map.of(
                "n", i + 1, "nn", "%02d".formatted(i + 1), "count", r.dossiers().size()));
  }

  /**
   * Each system dossier opens a page: the first opens with the part's heading, the others with
   * their kicker.
   */
  static void dossiersStartPages(Resume r, PdfPages pdf) {
    int previous = 0;
    for (int i = 0; i < r.dossiers().size(); i++) {
      Dossier d = r.dossiers().get(i);
      List<Integer> pages = pdf.pagesWithLine(d.title());
      assertThat(pages).as("'%s'", d.title()).hasSize(1);
      int page = pages.get(0);
      assertThat(page).isGreaterThan(previous);
      String kicker = kicker(r, i) + " · " + d.organisation();
      String first = i == 0 ? title(r, "dossiers") : kicker;
      assertThat(pdf.page(page).get(0)).as("first line of page %d", page).isEqualTo(first);
      assertThat(pdf.page(page)).contains(kicker);
      previous = page;
    }
  }

  /**
   * Every page but the cover has the running header (the name, then the section in effect at the
   * top of the page: the one opening the page, else the last one begun before it) and the footer.
   */
  static void runningHeadersAndFooters(Resume r, PdfPages pdf) {
    assertThat(pdf.headers().get(0)).isEmpty();
    assertThat(pdf.footers().get(0)).isEmpty();
    Map<String, Integer> entries = new LinkedHashMap<>();
    entries.put("Contents", 2);
    entries.putAll(contentsPages(r, pdf));
    List<String> dossiers = r.dossiers().stream().map(Dossier::title).toList();
    for (int p = 2; p <= pdf.count(); p++) {
      String first = pdf.page(p).get(0);
      String expected = null;
      for (var e : entries.entrySet()) {
        int i = dossiers.indexOf(e.getKey());
        boolean opensPage =
            first.equals(e.getKey()) || (i >= 0 && first.startsWith(kicker(r, i) + " · "));
        if (e.getValue() < p || (e.getValue() == p && opensPage)) {
          expected = e.getKey();
        }
      }
      assertThat(pdf.headers().get(p - 1))
          .as("header of page %d", p)
          .isEqualTo(r.basics().name() + " " + expected);
      assertThat(pdf.footers().get(p - 1)).isEqualTo("page " + p + " of " + pdf.count());
    }
  }

  /** A diagram's boxes: each step's name and detail, and each of its branches'. */
  static List<String> flow(Diagram d) {
    List<String> out = new ArrayList<>();
    for (Step s : d.steps()) {
      out.add(s.name());
      out.add(s.detail());
      s.branches().forEach(b -> out.addAll(List.of(b.name(), b.detail())));
    }
    return out;
  }

  /**
   * Every seed string in the PDF: read by position, except a diagram's boxes, which stand side by
   * side, so that only the content-stream order (an ATS's) reads each whole.
   */
  static void carriesEverySeed(Resume r, PdfPages pdf, byte[] bytes) {
    String body = body(pdf);
    String stream = dev.vitae.StreamText.of(bytes).flat();
    List<String> boxes = r.diagrams().stream().flatMap(d -> flow(d).stream()).toList();
    for (String s : seeds(r)) {
      assertThat(boxes.contains(s) ? stream : body).as("PDF dossier").contains(flat(s));
    }
  }
}
