package dev.vitae.check;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
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
   * What the comparison leaves out. White space, and marks that have no glyph and so never reach the
   * text layer: format characters (zero-width joiner, soft hyphen, word joiner, direction marks) and
   * variation selectors. Combining marks that compose with no letter (after Unicode normalisation)
   * too: each reader attaches a mark drawn over a letter where it guesses, before or after it.
   */
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\s\\p{Cf}\\p{Mn}\\p{Me}\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]+");

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
   * <p>A string with right-to-left letters is compared word by word, on letters and digits, each word
   * found after where the string before it was. Its glyphs are stored in visual order and every
   * reader (PDFBox here) guesses the written order back line by line; the guess goes wrong for a line
   * whose left end is a left-to-right word ("… עם Kafka" reads back as "Kafka … עם") and for numbers
   * and the signs next to them (Arabic "99.95٪" is read back as "٪99.95"), never for the letters of
   * a word. So letters are compared as words, digits one by one.
   */
  private static void order(String text, List<String> strings, List<String> problems) {
    Squashed squashed = new Squashed(Normalizer.normalize(text, Normalizer.Form.NFKC));
    int at = 0;
    for (String s : strings) {
      IntUnaryOperator find = finder(squashed, s);
      if (find == null) {
        continue;
      }
      int next = find.applyAsInt(at);
      if (next < 0) {
        problems.add(find.applyAsInt(0) >= 0
            ? "\"%s\" is in the text layer, but out of order".formatted(shorten(normalize(s)))
            : "\"%s\" is missing from the text layer".formatted(shorten(normalize(s))));
      } else {
        at = next;
      }
    }
  }

  /**
   * How to look for {@code s} from a place in the text: the place to look from next, or -1 when it
   * is not there; null when {@code s} has nothing to look for.
   */
  private static IntUnaryOperator finder(Squashed squashed, String s) {
    if (s.codePoints().anyMatch(PdfCheck::isRightToLeft)) {
      List<String> words = words(Normalizer.normalize(s, Normalizer.Form.NFKC));
      return words.isEmpty() ? null : from -> {
        int start = squashed.findWords(words, from);
        return start < 0 ? -1 : start + 1;
      };
    }
    String want = squash(s);
    return want.isEmpty() ? null : from -> squashed.find(want, from);
  }

  /** The text without white space, and its words (letters and digits) with where each starts in it. */
  private static final class Squashed {
    private final String text;
    private final List<String> words = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();

    Squashed(String normalized) {
      StringBuilder squashed = new StringBuilder();
      StringBuilder word = new StringBuilder();
      int wordStart = 0;
      for (int i = 0; i <= normalized.length(); i++) {
        char c = i < normalized.length() ? normalized.charAt(i) : ' ';
        boolean ends = !word.isEmpty() && (isLetterOrDigit(c)
            ? kind(c) != kind(word.charAt(word.length() - 1)) || Character.isDigit(c)
            : Character.getType(c) != Character.NON_SPACING_MARK);
        if (ends) {
          words.add(word.toString());
          starts.add(wordStart);
          word.setLength(0);
        }
        if (isLetterOrDigit(c)) {
          wordStart = word.isEmpty() ? squashed.length() : wordStart;
          word.append(c);
        }
        if (i < normalized.length() && !INVISIBLE.matcher(String.valueOf(c)).matches()) {
          squashed.append(c);
        }
      }
      this.text = squashed.toString();
    }

    /** The end of the first {@code want} at or after {@code from}, or -1. */
    int find(String want, int from) {
      int found = text.indexOf(want, from);
      return found < 0 ? -1 : found + want.length();
    }

    /** Where the earliest of {@code wanted} starts when every one is a word at or after {@code from}, or -1. */
    int findWords(List<String> wanted, int from) {
      int earliest = Integer.MAX_VALUE;
      for (String w : wanted) {
        int found = -1;
        for (int i = 0; i < words.size() && found < 0; i++) {
          if (starts.get(i) >= from && spells(i, w)) {
            found = starts.get(i);
          }
        }
        if (found < 0) {
          return -1;
        }
        earliest = Math.min(earliest, found);
      }
      return earliest;
    }

    /**
     * Whether word {@code i} is {@code w}, or begins it with the rest found in words soon after: a word
     * too long for its line is broken, and the reader may put another run of the line between its
     * pieces.
     */
    private boolean spells(int i, String w) {
      if (!w.startsWith(words.get(i))) {
        return false;
      }
      String rest = w.substring(words.get(i).length());
      for (int j = i + 1; !rest.isEmpty() && j < words.size() && j <= i + 50; j++) {
        if (rest.startsWith(words.get(j))) {
          rest = rest.substring(words.get(j).length());
        }
      }
      return rest.isEmpty();
    }
  }

  /** The words of {@code s}: its runs of letters and digits, without signs or marks. */
  private static List<String> words(String s) {
    return new Squashed(s).words;
  }

  /**
   * Left-to-right letters, right-to-left letters and digits: a word splits where they meet, as each
   * is a run of its own in visual order (the Hebrew prefix of בJava is drawn right of Java). Each
   * digit is a word of its own: next to right-to-left letters, readers split, join and reorder
   * numbers their own way ("ليل200" after "F46" was read back as "F46200ليل").
   */
  private static int kind(char c) {
    if (Character.isDigit(c)) {
      return 2;
    }
    byte d = Character.getDirectionality(c);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC ? 1 : 0;
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
