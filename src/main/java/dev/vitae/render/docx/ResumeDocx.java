package dev.vitae.render.docx;

import dev.vitae.view.Entry;
import dev.vitae.view.Line;
import dev.vitae.view.MetricCard;
import dev.vitae.view.ResumeView;
import dev.vitae.view.Section;
import dev.vitae.view.SkillLine;
import java.time.Instant;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The résumé as a Word document, from the view the PDF was made from (after fitting, so it says
 * what the PDF says): the name as Heading 1, each section as Heading 2, entries as a head line with
 * the dates at a right tab, bullets as a Word list.
 */
public final class ResumeDocx {

  private ResumeDocx() {}

  /**
   * The résumé as a Word document (.docx).
   *
   * @param time the build's date, in the properties and the ZIP entries
   */
  public static byte[] of(ResumeView v, DocxLook look, Instant time) {
    Docx d = new Docx(v.info(), v.density(), v.paper(), look, time);
    d.text(Docx.HEADING_1, v.name());
    d.text(Docx.LABEL, v.label());
    if (!v.headline().isEmpty()) {
      Docx.run(d.paragraph(Docx.BLOCK), v.headline(), false);
    }
    d.contacts(v.contacts());
    for (Section s : v.sections()) {
      d.text(Docx.HEADING_2, s.heading());
      switch (s.kind()) {
        case "text" -> {
          Line text = s.text();
          if (text != null) {
            d.line("Normal", text);
          }
        }
        case "skills" -> {
          for (SkillLine k : s.skills()) {
            XWPFParagraph p = d.paragraph("Normal");
            Docx.run(p, k.name() + ":", true);
            Docx.run(p, " ", false);
            Docx.spans(p, k.keywords());
          }
        }
        case "metrics" -> {
          // two to a line, as the PDF's two columns, the second at a tab stop (not a table)
          for (int i = 0; i < s.metrics().size(); i += 2) {
            XWPFParagraph p = d.paragraph(Docx.METRICS);
            metric(p, s.metrics().get(i));
            if (i + 1 < s.metrics().size()) {
              Docx.tab(p);
              metric(p, s.metrics().get(i + 1));
            }
          }
        }
        case "compact" -> {
          for (Entry e : s.entries()) {
            XWPFParagraph p = d.bullet();
            Docx.run(p, e.title(), true);
            if (!e.summary().isEmpty()) {
              Docx.run(p, ": " + e.summary(), false);
            }
            if (!e.details().isEmpty()) {
              Docx.run(p, " (" + e.details() + ")", false);
            }
          }
        }
        default -> {
          for (int i = 0; i < s.entries().size(); i++) {
            entry(d, s.entries().get(i), i == 0);
          }
        }
      }
    }
    return d.bytes();
  }

  private static void metric(XWPFParagraph p, MetricCard m) {
    Docx.run(p, m.value(), true);
    Docx.run(p, " " + m.label(), false);
    if (!m.organisation().isEmpty()) {
      Docx.run(p, " · " + m.organisation(), false);
    }
  }

  /**
   * @param first the section's first entry: no gap above it, as in the PDF (Word adds the space
   *     after a heading and before an entry together, where CSS takes the larger)
   */
  private static void entry(Docx d, Entry e, boolean first) {
    XWPFParagraph head = d.entryHead(e);
    if (first) {
      head.setSpacingBefore(0);
    }
    if (!e.details().isEmpty() || !e.place().isEmpty()) {
      XWPFParagraph details = d.paragraph(Docx.DETAILS);
      Docx.run(details, e.details(), false);
      if (!e.place().isEmpty()) {
        Docx.tab(details);
        Docx.run(details, e.place(), false);
      }
    }
    d.text("Normal", e.summary());
    for (Line b : e.bullets()) {
      Docx.spans(d.bullet(), b);
    }
  }
}
