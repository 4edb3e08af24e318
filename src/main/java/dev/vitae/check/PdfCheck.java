package dev.vitae.check;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Checks one PDF's bytes against an expectation. */
public final class PdfCheck {

  /** Larger than this and some application forms refuse the upload. */
  public static final long MAX_BYTES = 2L * 1024 * 1024;

  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

  private PdfCheck() {}

  public static CheckReport check(String file, byte[] pdf, Expectation expected) {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (pdf.length > MAX_BYTES) {
      problems.add(
          String.format(
              Locale.ROOT,
              "the file is %,d bytes; many application forms take at most %,d",
              pdf.length,
              MAX_BYTES));
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      if (expected.pages() > 0 && pages != expected.pages()) {
        problems.add("%d pages, expected %d".formatted(pages, expected.pages()));
      }
      Set<String> fonts = new LinkedHashSet<>();
      for (PDPage page : doc.getPages()) {
        fonts(page.getResources(), fonts, problems);
        links(page, problems);
      }
      PdfTextItems.Reading reading =
          PdfTextItems.read(
              doc,
              expected.fields().isEmpty() ? PdfTextItems.Depth.TEXT : PdfTextItems.Depth.ITEMS);
      codePoints(reading.raw(), problems);
      // A mirrored page's rows are drawn first cell first (LogicalOrderDevice): its text is held
      // to the order of any page; only lines holding right-to-left letters keep their own rule.
      TextOrder.check(reading.text(), expected.strings(), false, problems);
      List<FieldCheck> rows = List.of();
      List<String> readAsHeadings = new ArrayList<>();
      if (!expected.fields().isEmpty()) {
        AtsResume read = AtsCheck.read(reading.items());
        rows = AtsCheck.compare(expected.fields(), read);
        if (expected.fieldsRequired()) {
          for (AtsCheck.Misread m : AtsCheck.readAsHeadings(expected.fields(), read)) {
            readAsHeadings.add(m.field().name());
            problems.add(
                ("a résumé parser reads %s \"%s\" as a section heading: the line \"%s\" is in"
                        + " bold capitals and stands alone")
                    .formatted(m.field().name(), shorten(m.field().text()), shorten(m.heading())));
          }
          fields(rows, problems);
        } else {
          usersTemplate(rows, warnings);
        }
      }
      metadata(doc.getDocumentInformation(), problems);
      return new CheckReport(
          file, pages, fonts.size(), pdf.length, problems, warnings, rows, readAsHeadings);
    } catch (IOException e) {
      problems.add("not a readable PDF: " + e.getMessage());
      return new CheckReport(file, 0, 0, pdf.length, problems);
    }
  }

  /**
   * The structural read-back as a gate: each field a parser does not recover, with what it read
   * instead ({@code vitae check --ats} shows every field).
   */
  private static void fields(List<FieldCheck> rows, List<String> problems) {
    rows.stream()
        .filter(r -> !r.ok())
        .forEach(
            r ->
                problems.add(
                    "a résumé parser does not read %s \"%s\" as a field of its own (it reads %s)"
                        .formatted(
                            r.field(),
                            shorten(r.expected()),
                            r.found().isBlank()
                                ? "nothing there"
                                : "\"" + shorten(r.found()) + "\"")));
  }

  /** One line for a user's own template: how many fields a parser misses, and the first. */
  private static void usersTemplate(List<FieldCheck> rows, List<String> warnings) {
    List<FieldCheck> missed = rows.stream().filter(r -> !r.ok()).toList();
    if (!missed.isEmpty()) {
      warnings.add(
          "with your own template, a résumé parser does not read %d of %d fields as fields of their own, the first %s \"%s\" (vitae check --ats shows each)"
              .formatted(
                  missed.size(),
                  rows.size(),
                  missed.get(0).field(),
                  shorten(missed.get(0).expected())));
    }
  }

  /** Normalised, and cut to 60 characters for a message. */
  static String shorten(String s) {
    String flat = normalize(s);
    return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
  }

  /**
   * Whitespace folded, Unicode in compatibility form, so that "ﬁ" and "fi", or line breaks, compare
   * equal.
   */
  public static String normalize(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
  }

  private static void fonts(PDResources resources, Set<String> seen, List<String> problems)
      throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      if (font == null || !seen.add(font.getName())) {
        continue;
      }
      if (!font.isEmbedded()) {
        problems.add("font %s is not embedded".formatted(font.getName()));
      }
      boolean unicode =
          font instanceof PDType0Font t0
              ? t0.getCOSObject().containsKey(COSName.TO_UNICODE)
              : font.getCOSObject().containsKey(COSName.TO_UNICODE) || font.isStandard14();
      if (!unicode) {
        problems.add(
            "font %s has no Unicode map; its text would not extract".formatted(font.getName()));
      }
    }
  }

  private static void links(PDPage page, List<String> problems) throws IOException {
    for (PDAnnotation a : page.getAnnotations()) {
      if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
        String target = uri.getURI() == null ? "" : uri.getURI();
        int colon = target.indexOf(':');
        String scheme = colon < 0 ? "" : target.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!SAFE_SCHEMES.contains(scheme)) {
          problems.add(
              "link '%s' uses a scheme other than http, https, mailto or tel".formatted(target));
        }
      }
    }
  }

  private static void codePoints(String text, List<String> problems) {
    text.codePoints()
        .filter(
            c ->
                c == 0xFFFD
                    || (c >= 0xFB00 && c <= 0xFB06)
                    || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'))
        .distinct()
        .limit(5)
        .forEach(
            c ->
                problems.add(
                    "the text layer holds U+%04X (%s)"
                        .formatted(
                            c,
                            c == 0xFFFD
                                ? "a character that did not extract"
                                : c >= 0xFB00 ? "a ligature" : "a control character")));
  }

  private static void metadata(PDDocumentInformation info, List<String> problems) {
    if (info == null || blank(info.getTitle())) {
      problems.add("no document title in the metadata");
    }
    if (info == null || blank(info.getAuthor())) {
      problems.add("no author in the metadata");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
