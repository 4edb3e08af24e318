package dev.vitae.render.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Inlines the shipped fonts into a web page: each face the page's family has (regular, italic,
 * bold), then the fallbacks (Hebrew, Arabic, emoji, CJK) for the characters the family lacks, each
 * subset with FontBox to the characters of the page and written as a {@code data:} font in an
 * {@code @font-face} rule, before the page's {@code </head>}.
 */
public final class WebFonts {

  /** A face: the family and style a rule declares, and its file among the shipped fonts. */
  private record Face(String family, int weight, String style, String file) {}

  /** The page's own family, by the name its style sheet uses. */
  public enum Family {
    SANS("Source Sans 3", "SourceSans3"),
    SERIF("Source Serif 4", "SourceSerif4");

    private final String css;
    private final String files;

    Family(String css, String files) {
      this.css = css;
      this.files = files;
    }

    /**
     * The CSS font-family list of a page set in it: the family, then each fallback {@link #inline}
     * may add, then the reader's sans-serif.
     */
    public String cssList() {
      return "'"
          + css
          + "', "
          + FALLBACKS.stream()
              .map(f -> "'" + f.get(0).family() + "'")
              .collect(Collectors.joining(", "))
          + ", sans-serif";
    }

    private List<Face> faces() {
      return List.of(
          new Face(css, 400, "normal", files + "-Regular.ttf"),
          new Face(css, 400, "italic", files + "-It.ttf"),
          new Face(css, 700, "normal", files + "-Bold.ttf"));
    }
  }

  /**
   * The fallbacks, in the order the PDF tries them; each declared as a family of its own that the
   * page's style sheet names after its own family.
   */
  private static final List<List<Face>> FALLBACKS =
      List.of(
          List.of(
              new Face("Noto Sans Hebrew", 400, "normal", "NotoSansHebrew-Regular.ttf"),
              new Face("Noto Sans Hebrew", 700, "normal", "NotoSansHebrew-Bold.ttf")),
          List.of(
              new Face("Noto Sans Arabic", 400, "normal", "NotoSansArabic-Regular.ttf"),
              new Face("Noto Sans Arabic", 700, "normal", "NotoSansArabic-Bold.ttf")),
          List.of(new Face("Noto Emoji", 400, "normal", "NotoEmoji-Regular.ttf")),
          List.of(new Face("Droid Sans Fallback", 400, "normal", "DroidSansFallback.ttf")));

  /**
   * The tables a browser needs to draw the glyphs (its font sanitiser requires each): FontBox's
   * default keeps the hinting programs too, ten times the size of the glyphs of a page. FontBox
   * cannot subset the GPOS table, so the inlined faces have no kerning pairs.
   */
  private static final List<String> TABLES =
      List.of("head", "hhea", "loca", "maxp", "cmap", "glyf", "hmtx", "name", "OS/2", "post");

  private WebFonts() {}

  /** The page with its fonts inlined before {@code </head>} (at its start when it has none). */
  public static String inline(String html, Family family) {
    Set<Integer> wanted = characters(html);
    StringBuilder css = new StringBuilder("<style>\n");
    Set<Integer> left = faces(family.faces(), wanted, css);
    for (List<Face> fallback : FALLBACKS) {
      if (left.isEmpty()) {
        break;
      }
      left = faces(fallback, left, css);
    }
    css.append("</style>\n");
    int head = html.indexOf("</head>");
    return head < 0 ? css + html : html.substring(0, head) + css + html.substring(head);
  }

  /**
   * The rules of one family's faces, each subset to the characters of {@code wanted} its regular
   * face has (no rule when it has none of them); returns the characters it lacks.
   */
  private static Set<Integer> faces(List<Face> faces, Set<Integer> wanted, StringBuilder css) {
    Set<Integer> has = new TreeSet<>();
    Set<Integer> lacks = new TreeSet<>();
    for (int i = 0; i < faces.size(); i++) {
      Face face = faces.get(i);
      try (TrueTypeFont ttf = parse(face.file())) {
        if (i == 0) {
          CmapLookup cmap = ttf.getUnicodeCmapLookup();
          for (int c : wanted) {
            (cmap != null && cmap.getGlyphId(c) > 0 ? has : lacks).add(c);
          }
          if (has.isEmpty()) {
            return lacks;
          }
        }
        rule(face, subset(ttf, has), css);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lacks;
  }

  private static void rule(Face face, byte[] font, StringBuilder css) {
    css.append("@font-face { font-family: '")
        .append(face.family())
        .append("'; font-weight: ")
        .append(face.weight())
        .append("; font-style: ")
        .append(face.style())
        .append("; font-display: block; src: url(data:font/ttf;base64,")
        .append(Base64.getEncoder().encodeToString(font))
        .append(") format('truetype'); }\n");
  }

  private static byte[] subset(TrueTypeFont ttf, Set<Integer> characters) throws IOException {
    TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
    subsetter.addAll(characters);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    subsetter.writeToStream(out);
    return out.toByteArray();
  }

  private static TrueTypeFont parse(String file) throws IOException {
    try (InputStream in = WebFonts.class.getResourceAsStream("/vitae/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the build: " + file);
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    }
  }

  /**
   * Every character the page can draw: each of its characters but controls, in both cases (a style
   * sheet's {@code text-transform} draws capitals the text does not hold), and the no-break space.
   * Only those of the Basic Multilingual Plane: FontBox writes a subset's character map in format
   * 4, which cannot hold the others (most emoji, rare ideographs); the reader's own fonts draw
   * those.
   */
  private static Set<Integer> characters(String html) {
    Set<Integer> out = new TreeSet<>();
    html.codePoints()
        .filter(c -> c >= 0x20 && Character.isBmpCodePoint(Character.toUpperCase(c)))
        .forEach(
            c -> {
              out.add(c);
              out.add(Character.toUpperCase(c));
              out.add(Character.toLowerCase(c));
            });
    out.add(0xA0);
    return out;
  }
}
