package dev.vitae.render.docx;

import dev.vitae.model.Direction;
import dev.vitae.view.Contact;
import dev.vitae.view.Density;
import dev.vitae.view.DocumentInfo;
import dev.vitae.view.Entry;
import dev.vitae.view.Line;
import dev.vitae.view.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * One Word document being written: its styles, bullet list, font table, page and properties set up
 * from a view's density and a theme's look, then paragraphs one after another. Serves one document.
 */
final class Docx {

  static final String TITLE = "Title";
  static final String HEADING_1 = "Heading1";
  static final String HEADING_2 = "Heading2";
  static final String HEADING_3 = "Heading3";
  static final String KICKER = "Kicker";
  static final String STEP = "Step";
  static final String LABEL = "Subtitle";
  static final String CONTACTS = "Contacts";
  static final String ENTRY = "Entry";
  static final String DETAILS = "EntryDetails";
  static final String BULLET = "ListBullet";
  static final String BLOCK = "Block";
  static final String METRICS = "Metrics";
  static final String DATE = "LetterDate";

  /** The one bullet list's numbering. */
  private static final BigInteger BULLETS = BigInteger.ONE;

  /** The abstract numbering of numbered steps ("01", "02"), each list a numbering of its own. */
  private static final BigInteger STEPS = BigInteger.ONE;

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final XWPFDocument doc = new XWPFDocument();
  private final Instant time;

  /** The document is written right to left: every paragraph, and the section, set so. */
  private final boolean rightToLeft;

  /** The last bookmark's number: each bookmark of a document has its own. */
  private int bookmarks;

  /** How many numbered lists {@link #steps} has made. */
  private int lists;

  /**
   * How a document is set: {@code PAGE} a one-page résumé or letter (the name as Heading 1,
   * sections as small ruled Heading 2); {@code LONG} a document of many pages (the name as Title,
   * parts as ruled Heading 1, items as Heading 2, their parts as Heading 3).
   */
  enum Form {
    PAGE,
    LONG
  }

  /**
   * @param paper CSS page size of the view: {@code letter} or {@code A4}
   * @param time the build's date: the properties' and every ZIP entry's
   */
  Docx(DocumentInfo info, Density d, String paper, DocxLook look, Instant time) {
    this(info, d, paper, look, time, Form.PAGE);
  }

  /**
   * @param paper CSS page size of the view: {@code letter} or {@code A4}
   * @param time the build's date: the properties' and every ZIP entry's
   */
  Docx(DocumentInfo info, Density d, String paper, DocxLook look, Instant time, Form form) {
    this.time = time;
    this.rightToLeft = info.direction().rightToLeft();
    double margin = Measures.points(d.pageMargin());
    boolean a4 = paper.equalsIgnoreCase("A4");
    long width = a4 ? 11906 : 12240;
    long textWidth = width - 2 * Measures.twips(margin);
    try {
      doc.createStyles()
          .setStyles(
              StylesDocument.Factory.parse(styles(d, look, info, textWidth, form)).getStyles());
      doc.createNumbering()
          .setNumbering(NumberingDocument.Factory.parse(numbering()).getNumbering());
    } catch (XmlException e) {
      throw new IllegalStateException("vitae's Word styles do not parse", e);
    }
    fontTable(look);
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    if (rightToLeft) {
      section.addNewBidi();
    }
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(width));
    size.setH(BigInteger.valueOf(a4 ? 16838 : 15840));
    CTPageMar m = section.addNewPgMar();
    BigInteger twips = BigInteger.valueOf(Measures.twips(margin));
    m.setTop(twips);
    m.setBottom(twips);
    m.setLeft(twips);
    m.setRight(twips);
    m.setHeader(BigInteger.ZERO);
    m.setFooter(BigInteger.ZERO);
    m.setGutter(BigInteger.ZERO);
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(info.title());
    core.setCreator(info.author());
    core.setSubjectProperty(info.subject());
    core.setKeywords(info.keywords());
    core.setCreated(Optional.of(Date.from(time)));
    core.setModified(Optional.of(Date.from(time)));
    core.setLastModifiedByUser(info.author());
  }

  /**
   * A numbered list of its own, counting from 01: its id, for {@link #step}. Each list starts
   * again, as each figure's steps do.
   */
  BigInteger steps() {
    XWPFNumbering numbering = doc.getNumbering();
    // numbered from 2 on, after the bullets' list (the numbering set from XML is not counted by
    // POI's own addNum, which would give the first of them the bullets' number)
    BigInteger id = BigInteger.valueOf(2 + lists++);
    numbering.addNum(STEPS, id);
    CTNumLvl restart = numbering.getNum(id).getCTNum().addNewLvlOverride();
    restart.setIlvl(BigInteger.ZERO);
    restart.addNewStartOverride().setVal(BigInteger.ONE);
    return id;
  }

  /** An item of a numbered list made by {@link #steps}. */
  XWPFParagraph step(BigInteger list) {
    XWPFParagraph p = paragraph(STEP);
    p.setNumID(list);
    p.setNumILvl(BigInteger.ZERO);
    return p;
  }

  /**
   * Marks a paragraph as the target of links to {@code id} ({@link #link}): a bookmark at its
   * start, named from the id as Word allows (letters, digits and underscores, at most 40).
   */
  void bookmark(XWPFParagraph p, String id) {
    int n = ++bookmarks;
    CTBookmark start = p.getCTP().addNewBookmarkStart();
    start.setName(bookmarkName(id));
    start.setId(BigInteger.valueOf(n));
    p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(n));
  }

  /** A link inside the document, to the paragraph {@link #bookmark bookmarked} with {@code id}. */
  static void link(XWPFParagraph p, String id, String text) {
    CTHyperlink h = p.getCTP().addNewHyperlink();
    h.setAnchor(bookmarkName(id));
    CTR r = h.addNewR();
    r.addNewRPr().addNewRStyle().setVal("Hyperlink");
    r.addNewT().setStringValue(text);
  }

  static String bookmarkName(String id) {
    String name = "v_" + id.replaceAll("[^A-Za-z0-9_]", "_");
    return name.length() > 40 ? name.substring(0, 40) : name;
  }

  /** An entry's head line: the title in bold, " — " and the organisation, the dates at the tab. */
  XWPFParagraph entryHead(Entry e) {
    XWPFParagraph head = paragraph(ENTRY);
    run(head, e.title(), true);
    if (!e.org().isEmpty()) {
      run(head, (e.title().isEmpty() ? "" : " — ") + e.org(), false);
    }
    if (!e.dates().isEmpty()) {
      tab(head);
      run(head, e.dates(), false);
    }
    return head;
  }

  /** A paragraph of one style holding plain text; nothing when the text is empty. */
  void text(String style, String text) {
    if (!text.isEmpty()) {
      run(paragraph(style), text, false);
    }
  }

  /** A paragraph of one style, its emphasis in bold. */
  void line(String style, Line line) {
    XWPFParagraph p = paragraph(style);
    spans(p, line);
  }

  /** A bullet: an item of the document's Word list, not a typed mark. */
  XWPFParagraph bullet() {
    XWPFParagraph p = paragraph(BULLET);
    p.setNumID(BULLETS);
    p.setNumILvl(BigInteger.ZERO);
    return p;
  }

  /** A new paragraph of a style. */
  XWPFParagraph paragraph(String style) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    if (rightToLeft) {
      // set on the paragraph too, not only in the defaults: some readers take a paragraph's
      // direction from its own properties alone
      CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
      pPr.addNewBidi();
    }
    return p;
  }

  /**
   * A line's runs, each set as it says: bold, italic, code (on a light ground, in the text's font),
   * a link to its address.
   */
  static void spans(XWPFParagraph p, Line line) {
    for (Span s : line.spans()) {
      XWPFRun r;
      if (s.href() != null) {
        XWPFHyperlinkRun link = p.createHyperlinkRun(s.href());
        link.setText(s.text());
        link.setStyle("Hyperlink");
        link.setBold(s.strong());
        r = link;
      } else {
        r = run(p, s.text(), s.strong());
      }
      if (s.em()) {
        r.setItalic(true);
      }
      if (s.code()) {
        CTRPr rPr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTShd ground = rPr.addNewShd();
        ground.setVal(STShd.CLEAR);
        ground.setColor("auto");
        ground.setFill("EEF1F4");
      }
    }
  }

  static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
    XWPFRun r = p.createRun();
    r.setText(text);
    if (bold) {
      r.setBold(true);
    }
    if (rightToLeft(text)) {
      // a run of Hebrew or Arabic letters is a right-to-left run, set in the complex-script font,
      // size and weight (w:cs, w:szCs, w:bCs), as Word marks the runs typed in those scripts
      CTRPr rPr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
      rPr.addNewRtl();
      if (bold) {
        rPr.addNewBCs();
      }
    }
    return r;
  }

  /** Whether a text holds a letter written right to left. */
  static boolean rightToLeft(String text) {
    return Direction.anyRightToLeft(text);
  }

  /** A tab, to the right edge of the text (the styles' one tab stop). */
  static void tab(XWPFParagraph p) {
    p.createRun().addTab();
  }

  /** The contacts on one line, each a link where it has an address, between middle dots. */
  void contacts(List<Contact> contacts) {
    if (contacts.isEmpty()) {
      return;
    }
    contacts(paragraph(CONTACTS), contacts);
  }

  /** The contacts at the end of a paragraph, each a link where it has an address. */
  void contacts(XWPFParagraph p, List<Contact> contacts) {
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      if (i > 0) {
        // on a right-to-left line, right-to-left marks around the dot keep each contact an
        // island of its own, so that two Latin addresses side by side still read from the right
        run(p, rightToLeft ? "\u200F  ·  \u200F" : "  ·  ", false);
      }
      if (c.href() != null) {
        XWPFHyperlinkRun link = p.createHyperlinkRun(c.href());
        link.setText(c.text());
        link.setStyle("Hyperlink");
      } else {
        run(p, c.text(), false);
      }
    }
  }

  /** The document's bytes, every ZIP entry dated by the build, so two builds are byte-identical. */
  byte[] bytes() {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (doc) {
      doc.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dated(raw.toByteArray(), LocalDateTime.ofInstant(time, ZoneOffset.UTC));
  }

  private static byte[] dated(byte[] zip, LocalDateTime when) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(when.isBefore(DOS_EPOCH) ? DOS_EPOCH : when);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The earliest time a ZIP entry can carry. */
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  /**
   * The font table: the theme's font with its fallback as Word's alternative name and its family
   * class (what Word and LibreOffice substitute by), then the fallbacks themselves.
   */
  private void fontTable(DocxLook look) {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
    xml.append("<w:fonts xmlns:w=\"").append(W).append("\">");
    font(xml, look.font(), look.fallbacks().get(0), look.family());
    for (String f : look.fallbacks()) {
      font(xml, f, "", look.family());
    }
    xml.append("</w:fonts>");
    try {
      PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart part =
          doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
      try (OutputStream os = part.getOutputStream()) {
        os.write(xml.toString().getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart()
          .addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("cannot add the font table", e);
    }
  }

  private static void font(StringBuilder xml, String name, String alt, String family) {
    xml.append("<w:font w:name=\"").append(name).append("\">");
    if (!alt.isEmpty()) {
      xml.append("<w:altName w:val=\"").append(alt).append("\"/>");
    }
    xml.append("<w:family w:val=\"")
        .append(family)
        .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
  }

  private static String numbering() {
    return "<w:numbering xmlns:w=\""
        + W
        + "\"><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
        + "<w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/>"
        + "<w:pPr><w:ind w:left=\"240\" w:hanging=\"180\"/></w:pPr></w:lvl></w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimalZero\"/>"
        + "<w:lvlText w:val=\"%1\"/><w:lvlJc w:val=\"left\"/>"
        + "<w:pPr><w:ind w:left=\"480\" w:hanging=\"480\"/></w:pPr>"
        + "<w:rPr><w:b/><w:bCs/></w:rPr></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
  }

  /** Word's styles from the density the fit chose and the theme's look. */
  private static String styles(
      Density d, DocxLook look, DocumentInfo info, long textWidth, Form form) {
    double body = Measures.points(d.bodySize());
    long sz = Measures.halfPoints(body);
    long small = Measures.halfPoints(Measures.points(d.smallSize()));
    long name = Measures.halfPoints(Measures.points(d.nameSize()));
    // CSS's line height is a multiple of the type size; Word's "multiple" is of the font's own line
    // spacing (about 1.26 em for Source Sans 3), so the line is given exactly, in points
    long line = Measures.twips(body * Double.parseDouble(d.lineHeight()));
    long section = Measures.twips(Measures.points(d.sectionGap()));
    long entry = Measures.twips(Measures.points(d.entryGap()));
    long bulletGap = Measures.twips(Measures.points(d.bulletGap()));
    String fonts =
        "<w:rFonts w:ascii=\"%1$s\" w:hAnsi=\"%1$s\" w:eastAsia=\"%1$s\" w:cs=\"%1$s\"/>"
            .formatted(look.font());
    boolean rtl = info.direction().rightToLeft();
    // a right-to-left document's language is its complex-script language too (w:bidi), and its
    // paragraphs are right to left unless they say otherwise
    String lang =
        info.language().isEmpty()
            ? ""
            : "<w:lang w:val=\""
                + info.language()
                + (rtl ? "\" w:bidi=\"" + info.language() : "")
                + "\"/>";
    String tab = "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + textWidth + "\"/></w:tabs>";
    return "<w:styles xmlns:w=\""
        + W
        + "\"><w:docDefaults><w:rPrDefault><w:rPr>"
        + fonts
        + "<w:color w:val=\""
        + look.ink()
        + "\"/><w:sz w:val=\""
        + sz
        + "\"/><w:szCs w:val=\""
        + sz
        + "\"/>"
        + lang
        + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        + (rtl ? "<w:bidi/>" : "")
        + "<w:spacing w:before=\"0\" w:after=\"0\""
        + " w:line=\""
        + line
        + "\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + paragraphStyle("Normal", "Normal", "", "", "", true)
        + (form == Form.PAGE ? pageHeadings(look, name, section) : longHeadings(look, name))
        + paragraphStyle(
            LABEL,
            "Subtitle",
            "<w:spacing w:before=\"40\"/>",
            "<w:b/><w:bCs/><w:color w:val=\"" + look.accent() + "\"/>" + size(24),
            "Normal",
            true)
        + paragraphStyle(
            CONTACTS,
            "Contacts",
            "<w:spacing w:before=\"60\"/>",
            "<w:color w:val=\"52606D\"/>" + size(small),
            "Normal",
            false)
        + paragraphStyle(
            ENTRY,
            "Entry",
            "<w:keepNext/>" + tab + "<w:spacing w:before=\"" + entry + "\"/>",
            "",
            "Normal",
            false)
        + paragraphStyle(
            DETAILS,
            "Entry Details",
            tab,
            "<w:color w:val=\"52606D\"/>" + size(small),
            "Normal",
            false)
        + paragraphStyle(
            METRICS,
            "Metrics",
            "<w:tabs><w:tab w:val=\"left\" w:pos=\"" + textWidth / 2 + "\"/></w:tabs>",
            "",
            "Normal",
            false)
        + paragraphStyle(
            BULLET,
            "List Bullet",
            "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:before=\"" + bulletGap + "\"/>",
            "",
            "Normal",
            true)
        + paragraphStyle(
            BLOCK, "Letter Block", "<w:spacing w:after=\"" + entry + "\"/>", "", "Normal", false)
        + paragraphStyle(
            DATE,
            "Letter Date",
            "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"8\" w:color=\""
                + look.rule()
                + "\"/></w:pBdr><w:spacing w:before=\""
                + section
                + "\" w:after=\""
                + section
                + "\"/>",
            "",
            "Normal",
            false)
        + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
        + "<w:rPr><w:color w:val=\""
        + look.accent()
        + "\"/></w:rPr></w:style></w:styles>";
  }

  /** The one-page documents' headings: the name (Heading 1) and the small ruled sections. */
  private static String pageHeadings(DocxLook look, long name, long section) {
    return paragraphStyle(
            HEADING_1,
            "heading 1",
            "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"40\" w:line=\"240\""
                + " w:lineRule=\"auto\"/><w:outlineLvl w:val=\"0\"/>",
            "<w:b/><w:bCs/><w:color w:val=\"111827\"/>" + size(name),
            "Normal",
            true)
        + paragraphStyle(
            HEADING_2,
            "heading 2",
            "<w:keepNext/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\""
                + look.rule()
                + "\"/></w:pBdr><w:spacing w:before=\""
                + section
                + "\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/>",
            "<w:b/><w:bCs/><w:color w:val=\"" + look.accent() + "\"/>" + size(20),
            "Normal",
            true);
  }

  /**
   * A long document's headings, sized as the dossier PDF's: the name as Title, each part as a ruled
   * Heading 1, its items as Heading 2, their parts as small accent Heading 3, and the kicker line
   * set above a title.
   */
  private static String longHeadings(DocxLook look, long name) {
    String auto = " w:line=\"240\" w:lineRule=\"auto\"";
    return paragraphStyle(
            TITLE,
            "Title",
            "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"80\"" + auto + "/>",
            "<w:b/><w:bCs/><w:color w:val=\"111827\"/>" + size(Math.round(name * 1.6)),
            "Normal",
            true)
        + paragraphStyle(
            HEADING_1,
            "heading 1",
            "<w:keepNext/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\""
                + look.rule()
                + "\"/></w:pBdr><w:spacing w:before=\"480\" w:after=\"200\""
                + auto
                + "/><w:outlineLvl w:val=\"0\"/>",
            "<w:b/><w:bCs/><w:color w:val=\"111827\"/>" + size(42),
            "Normal",
            true)
        + paragraphStyle(
            HEADING_2,
            "heading 2",
            "<w:keepNext/><w:spacing w:before=\"320\" w:after=\"80\""
                + auto
                + "/><w:outlineLvl w:val=\"1\"/>",
            "<w:b/><w:bCs/><w:color w:val=\"111827\"/>" + size(26),
            "Normal",
            true)
        + paragraphStyle(
            HEADING_3,
            "heading 3",
            "<w:keepNext/><w:spacing w:before=\"220\" w:after=\"40\"/><w:outlineLvl w:val=\"2\"/>",
            "<w:b/><w:bCs/><w:color w:val=\"" + look.accent() + "\"/>" + size(19),
            "Normal",
            true)
        + paragraphStyle(
            KICKER,
            "Kicker",
            "<w:keepNext/><w:spacing w:before=\"320\"/>",
            "<w:b/><w:bCs/><w:color w:val=\"" + look.accent() + "\"/>" + size(18),
            "Normal",
            false)
        + paragraphStyle(STEP, "Step", "<w:spacing w:before=\"60\"/>", "", "Normal", false);
  }

  /**
   * A type size for every script: {@code w:sz} for Latin, {@code w:szCs} for the complex scripts
   * (Hebrew, Arabic), which Word and LibreOffice size by the second alone.
   */
  private static String size(long halfPoints) {
    return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
  }

  private static String paragraphStyle(
      String id, String name, String pPr, String rPr, String basedOn, boolean primary) {
    return "<w:style w:type=\"paragraph\""
        + (id.equals("Normal") ? " w:default=\"1\"" : "")
        + " w:styleId=\""
        + id
        + "\"><w:name w:val=\""
        + name
        + "\"/>"
        + (basedOn.isEmpty()
            ? ""
            : "<w:basedOn w:val=\"" + basedOn + "\"/><w:next w:val=\"Normal\"/>")
        + (id.startsWith("Heading") ? "<w:uiPriority w:val=\"9\"/>" : "")
        + (primary ? "<w:qFormat/>" : "")
        + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
        + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>")
        + "</w:style>";
  }
}
