package dev.vitae.check;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Checks one PDF's bytes against an expectation. */
public final class PdfCheck {

  /** Larger than this and some application forms refuse the upload. */
  public static final long MAX_BYTES = 2L * 1024 * 1024;

  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

  /**
   * White space, and marks that have no glyph and so never reach the text layer: format characters
   * (zero-width joiner, soft hyphen, word joiner, direction marks) and variation selectors.
   */
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\s\\p{Cf}\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]+");

  private PdfCheck() {}

  public static CheckReport check(String file, byte[] pdf, Expectation expected) {
    List<String> problems = new ArrayList<>();
    if (pdf.length > MAX_BYTES) {
      problems.add("the file is %,d bytes; many application forms take at most %,d".formatted(pdf.length, MAX_BYTES));
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
      RawTextStripper stripper = new RawTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(doc);
      codePoints(stripper.raw(), problems);
      order(normalize(text), expected.strings(), problems);
      metadata(doc.getDocumentInformation(), problems);
      return new CheckReport(file, pages, fonts.size(), pdf.length, problems);
    } catch (IOException e) {
      problems.add("not a readable PDF: " + e.getMessage());
      return new CheckReport(file, 0, 0, pdf.length, problems);
    }
  }

  /**
   * Keeps the characters as the PDF maps them, before PDFBox's own clean-up (which expands
   * ligatures): not every applicant-tracking system is that kind.
   */
  private static final class RawTextStripper extends PDFTextStripper {
    private final StringBuilder raw = new StringBuilder();

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      positions.forEach(p -> raw.append(p.getUnicode()));
      super.writeString(text, positions);
    }

    String raw() {
      return raw.toString();
    }
  }

  /** Whitespace folded, Unicode in compatibility form, so that "ﬁ" and "fi", or line breaks, compare equal. */
  public static String normalize(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
  }

  private static void fonts(PDResources resources, Set<String> seen, List<String> problems) throws IOException {
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
      boolean unicode = font instanceof PDType0Font t0 ? t0.getCOSObject().containsKey(COSName.TO_UNICODE)
          : font.getCOSObject().containsKey(COSName.TO_UNICODE) || font.isStandard14();
      if (!unicode) {
        problems.add("font %s has no Unicode map; its text would not extract".formatted(font.getName()));
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
          problems.add("link '%s' uses a scheme other than http, https, mailto or tel".formatted(target));
        }
      }
    }
  }

  private static void codePoints(String text, List<String> problems) {
    text.codePoints().filter(c -> c == 0xFFFD || (c >= 0xFB00 && c <= 0xFB06)
            || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'))
        .distinct().limit(5)
        .forEach(c -> problems.add("the text layer holds U+%04X (%s)".formatted(c,
            c == 0xFFFD ? "a character that did not extract" : c >= 0xFB00 ? "a ligature" : "a control character")));
  }

  /**
   * Compares without white space: a word too long for the line (a 400-character URL) is broken
   * across lines, and its pieces extract with a line break between them.
   *
   * <p>A string with right-to-left letters is compared on its letters and digits only. Its glyphs are
   * stored in visual order, and every reader (PDFBox here) guesses the written order back from it;
   * the guess can differ from the source for signs next to numbers (Arabic "99.95٪" is drawn with the
   * sign on the left and read back as "٪99.95") or for vowel marks, never for letters and digits.
   */
  private static void order(String text, List<String> strings, List<String> problems) {
    Squashed squashed = new Squashed(squash(text));
    int at = 0;
    for (String s : strings) {
      boolean rightToLeft = s.codePoints().anyMatch(PdfCheck::isRightToLeft);
      String want = rightToLeft ? lettersAndDigits(squash(s)) : squash(s);
      if (want.isEmpty()) {
        continue;
      }
      int end = rightToLeft ? squashed.findLetters(want, at) : squashed.find(want, at);
      if (end < 0) {
        boolean anywhere = rightToLeft ? squashed.findLetters(want, 0) >= 0 : squashed.find(want, 0) >= 0;
        problems.add(anywhere
            ? "\"%s\" is in the text layer, but out of order".formatted(shorten(normalize(s)))
            : "\"%s\" is missing from the text layer".formatted(shorten(normalize(s))));
        continue;
      }
      at = end;
    }
  }

  /** The squashed text, and its letters and digits alone with where each stands in it. */
  private static final class Squashed {
    private final String text;
    private final String letters;
    private final int[] where;

    Squashed(String text) {
      this.text = text;
      StringBuilder b = new StringBuilder();
      int[] w = new int[text.length()];
      for (int i = 0; i < text.length(); i++) {
        if (isLetterOrDigit(text.charAt(i))) {
          w[b.length()] = i;
          b.append(text.charAt(i));
        }
      }
      this.letters = b.toString();
      this.where = java.util.Arrays.copyOf(w, b.length());
    }

    /** The end of the first {@code want} at or after {@code from}, or -1. */
    int find(String want, int from) {
      int found = text.indexOf(want, from);
      return found < 0 ? -1 : found + want.length();
    }

    /** The same, among letters and digits. */
    int findLetters(String want, int from) {
      int start = 0;
      while (start < where.length && where[start] < from) {
        start++;
      }
      int found = letters.indexOf(want, start);
      return found < 0 ? -1 : where[found + want.length() - 1] + 1;
    }
  }

  private static String lettersAndDigits(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().filter(c -> isLetterOrDigit((char) c)).forEach(c -> b.append((char) c));
    return b.toString();
  }

  private static boolean isLetterOrDigit(char c) {
    return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
  }

  private static boolean isRightToLeft(int c) {
    byte d = Character.getDirectionality(c);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  private static String squash(String s) {
    return INVISIBLE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
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

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 59) + "…";
  }
}
