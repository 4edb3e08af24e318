package dev.vitae.render.docx;

import dev.vitae.model.Word;
import dev.vitae.view.Contact;
import dev.vitae.view.Density;
import dev.vitae.view.DossierView;
import dev.vitae.view.DossierView.CaseStudy;
import dev.vitae.view.DossierView.Figure;
import dev.vitae.view.DossierView.FigureStep;
import dev.vitae.view.DossierView.Heading;
import dev.vitae.view.DossierView.SystemCard;
import dev.vitae.view.DossierView.Writeup;
import dev.vitae.view.Entry;
import dev.vitae.view.Line;
import dev.vitae.view.MetricCard;
import dev.vitae.view.SkillLine;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The dossier as a Word document, from the view its PDF is made from, in the PDF's order: the cover
 * (the name as Title), then each part as Heading 1 with its items as Heading 2 and their parts
 * (problem, architecture, …) as Heading 3, so Word's navigation pane lists the dossier as the PDF's
 * bookmarks do. The parts the PDF opens on a new page open one here; a figure's steps are a
 * numbered list (01, 02, …), with no arrow between them; each system links to its dossier. The
 * contents page is left out: Word's navigation pane is the contents.
 */
public final class DossierDocx {

  /** The dossier PDF's type: 10.5 pt on 1.45 lines, 20 mm margins. */
  private static final Density PAGE = Density.of(10.5, 1.45, 1.0, 20);

  private DossierDocx() {}

  /**
   * The dossier as a Word document (.docx).
   *
   * @param time the build's date, in the properties and the ZIP entries
   */
  public static byte[] of(DossierView v, DocxLook look, Instant time) {
    Docx d = new Docx(v.info(), PAGE, v.paper(), look, time, Docx.Form.LONG);
    Map<String, String> words = v.words();
    cover(d, v.cover(), words);
    if (v.systems() != null) {
      part(d, v.systems().heading(), true);
      v.systems().items().forEach(s -> system(d, s, words));
    }
    if (v.dossiers() != null) {
      part(d, v.dossiers().heading(), true);
      List<CaseStudy> all = v.dossiers().items();
      for (int i = 0; i < all.size(); i++) {
        caseStudy(d, all.get(i), words, i > 0);
      }
    }
    if (v.diagrams() != null) {
      part(d, v.diagrams().heading(), true);
      v.diagrams().items().forEach(f -> figure(d, f));
    }
    if (v.notes() != null) {
      part(d, v.notes().heading(), false);
      v.notes().items().forEach(n -> writeup(d, n));
    }
    if (v.skills() != null) {
      part(d, v.skills().heading(), false);
      v.skills().items().forEach(k -> skill(d, k));
    }
    if (v.work() != null) {
      part(d, v.work().heading(), false);
      List<Entry> jobs = v.work().items();
      for (int i = 0; i < jobs.size(); i++) {
        entry(d, jobs.get(i), true);
        DossierView.Mark link = i < v.timelineLinks().size() ? v.timelineLinks().get(i) : null;
        if (link != null && !link.id().isEmpty()) {
          XWPFParagraph p = d.paragraph(Docx.DETAILS);
          Docx.run(p, word(words, Word.SEE) + ": ", false);
          Docx.link(p, link.id(), link.title());
        }
      }
    }
    if (v.projects() != null) {
      part(d, v.projects().heading(), false);
      v.projects().items().forEach(e -> entry(d, e, true));
    }
    if (v.principles() != null) {
      part(d, v.principles().heading(), false);
      v.principles().items().forEach(p -> writeup(d, p));
    }
    if (v.credentials() != null) {
      DossierView.Credentials c = v.credentials();
      part(d, c.heading(), false);
      if (!c.education().isEmpty()) {
        d.text(Docx.HEADING_3, c.educationTitle());
        c.education().forEach(e -> entry(d, e, false));
      }
      if (!c.awards().isEmpty()) {
        d.text(Docx.HEADING_3, c.awardsTitle());
        c.awards().forEach(e -> entry(d, e, false));
      }
      if (!c.languages().isEmpty()) {
        d.text(Docx.HEADING_3, c.languagesTitle());
        c.languages().forEach(l -> d.text("Normal", l));
      }
    }
    if (v.contact() != null) {
      part(d, v.contact().heading(), false);
      d.text("Normal", v.contact().availability());
      for (Contact c : v.contact().contacts()) {
        XWPFParagraph p = d.paragraph(Docx.BLOCK);
        Docx.run(p, c.label() + ": ", true);
        d.contacts(p, List.of(c));
      }
    }
    return d.bytes();
  }

  private static void cover(Docx d, DossierView.Cover cv, Map<String, String> words) {
    d.text(Docx.TITLE, cv.name());
    d.text(Docx.LABEL, cv.label());
    if (!cv.headline().isEmpty()) {
      Docx.run(d.paragraph(Docx.BLOCK), cv.headline(), false).setItalic(true);
    }
    d.text(Docx.BLOCK, cv.summary());
    for (MetricCard m : cv.metrics()) {
      XWPFParagraph p = d.bullet();
      Docx.run(p, m.value(), true);
      Docx.run(p, " " + m.label(), false);
      if (!m.context().isEmpty()) {
        Docx.run(p, " (" + m.context() + ")", false);
      }
    }
    if (!cv.focus().isEmpty()) {
      XWPFParagraph p = d.paragraph(Docx.CONTACTS);
      Docx.run(p, word(words, Word.FOCUS) + ": ", true);
      Docx.run(p, String.join(", ", cv.focus()), false);
    }
    d.contacts(cv.contacts());
  }

  /** A part's opening: its title (on a new page when the PDF opens one), subtitle, introduction. */
  private static void part(Docx d, Heading h, boolean newPage) {
    XWPFParagraph title = d.paragraph(Docx.HEADING_1);
    title.setPageBreak(newPage);
    d.bookmark(title, h.id());
    Docx.run(title, h.title(), false);
    if (!h.subtitle().isEmpty()) {
      Docx.run(d.paragraph(Docx.KICKER), h.subtitle(), false);
    }
    if (!h.intro().isEmpty()) {
      XWPFParagraph intro = d.paragraph(Docx.BLOCK);
      intro.setKeepNext(true);
      Docx.run(intro, h.intro(), false);
    }
  }

  private static void system(Docx d, SystemCard s, Map<String, String> words) {
    d.text(Docx.HEADING_2, s.name());
    String facts =
        Stream.of(s.category(), s.metric(), s.organisation())
            .filter(x -> !x.isEmpty())
            .collect(Collectors.joining(" · "));
    // a card stays on one page: each of its lines kept with the next
    boolean link = !s.dossierId().isEmpty();
    if (!facts.isEmpty()) {
      XWPFParagraph p = d.paragraph(Docx.DETAILS);
      p.setKeepNext(link || !s.summary().isEmpty());
      Docx.run(p, facts, false);
    }
    if (!s.summary().isEmpty()) {
      XWPFParagraph p = d.paragraph("Normal");
      p.setKeepNext(link);
      Docx.run(p, s.summary(), false);
    }
    if (link) {
      XWPFParagraph p = d.paragraph(Docx.DETAILS);
      Docx.run(p, word(words, Word.SEE) + ": ", false);
      Docx.link(p, s.dossierId(), s.dossierTitle());
    }
  }

  private static void caseStudy(Docx d, CaseStudy c, Map<String, String> words, boolean newPage) {
    XWPFParagraph kicker = d.paragraph(Docx.KICKER);
    kicker.setPageBreak(newPage);
    Docx.run(
        kicker, c.kicker() + (c.organisation().isEmpty() ? "" : " · " + c.organisation()), false);
    XWPFParagraph title = d.paragraph(Docx.HEADING_2);
    title.setSpacingBefore(0);
    d.bookmark(title, c.id());
    Docx.run(title, c.title(), false);
    if (!c.role().isEmpty()) {
      Docx.run(d.paragraph(Docx.BLOCK), c.role(), false).setItalic(true);
    }
    if (!c.metrics().isEmpty()) {
      Docx.run(d.paragraph(Docx.BLOCK), String.join("  |  ", c.metrics()), true);
    }
    para(d, word(words, Word.PROBLEM), c.problem());
    para(d, word(words, Word.ARCHITECTURE), c.architecture());
    steps(d, c.flow());
    para(d, word(words, Word.RELIABILITY), c.reliability());
    bullets(d, word(words, Word.OPERATIONS), c.operations());
    bullets(d, word(words, Word.DECISIONS), c.decisions());
    para(d, word(words, Word.STACK), c.stack());
  }

  private static void figure(Docx d, Figure f) {
    d.text(Docx.KICKER, f.kicker());
    XWPFParagraph title = d.paragraph(Docx.HEADING_2);
    title.setSpacingBefore(0);
    d.bookmark(title, f.id());
    Docx.run(title, f.title(), false);
    // a figure stays whole: its summary and each step but the last kept with the next line
    if (!f.summary().isEmpty()) {
      XWPFParagraph summary = d.paragraph(Docx.BLOCK);
      summary.setKeepNext(!f.steps().isEmpty());
      Docx.run(summary, f.summary(), false);
    }
    steps(d, f.steps());
  }

  /** Steps as a numbered list of their own, each branch a bullet under its step. */
  private static void steps(Docx d, List<FigureStep> steps) {
    BigInteger list = d.steps();
    for (int i = 0; i < steps.size(); i++) {
      FigureStep s = steps.get(i);
      boolean last = i == steps.size() - 1;
      XWPFParagraph p = d.step(list);
      p.setKeepNext(!last || !s.branches().isEmpty());
      Docx.run(p, s.name(), true);
      if (!s.detail().isEmpty()) {
        Docx.run(p, " — " + s.detail(), false);
      }
      // where the flow branches after the step: a bullet for each way it goes
      for (int j = 0; j < s.branches().size(); j++) {
        FigureStep b = s.branches().get(j);
        XWPFParagraph way = d.bullet();
        way.setIndentationLeft(720);
        way.setKeepNext(!last || j < s.branches().size() - 1);
        Docx.run(way, b.name(), true);
        if (!b.detail().isEmpty()) {
          Docx.run(way, " — " + b.detail(), false);
        }
      }
    }
  }

  private static void writeup(Docx d, Writeup w) {
    d.text(Docx.KICKER, w.kicker());
    XWPFParagraph title = d.paragraph(Docx.HEADING_2);
    if (!w.kicker().isEmpty()) {
      title.setSpacingBefore(0);
    }
    Docx.run(title, w.title(), false);
    d.text("Normal", w.body());
  }

  private static void skill(Docx d, SkillLine k) {
    XWPFParagraph p = d.paragraph(Docx.BLOCK);
    Docx.run(p, k.name() + ":", true);
    Docx.run(p, " ", false);
    Docx.spans(p, k.keywords());
  }

  /**
   * A dated entry: title and organisation, the dates at the right tab, then place and details, its
   * summary and (in the timeline) its bullets.
   */
  private static void entry(Docx d, Entry e, boolean bullets) {
    d.entryHead(e);
    d.text(Docx.DETAILS, e.placeAndDetails());
    d.text("Normal", e.summary());
    if (bullets) {
      for (Line b : e.bullets()) {
        Docx.spans(d.bullet(), b);
      }
    }
  }

  /** A word vitae prints, in the dossier's language. */
  private static String word(Map<String, String> words, Word w) {
    return words.getOrDefault(w.key(), w.english());
  }

  private static void para(Docx d, String label, String text) {
    if (!text.isEmpty()) {
      d.text(Docx.HEADING_3, label);
      d.text("Normal", text);
    }
  }

  private static void bullets(Docx d, String label, List<String> items) {
    if (!items.isEmpty()) {
      d.text(Docx.HEADING_3, label);
      items.forEach(b -> Docx.run(d.bullet(), b, false));
    }
  }
}
