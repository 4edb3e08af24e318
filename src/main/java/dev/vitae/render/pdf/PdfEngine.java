package dev.vitae.render.pdf;

import dev.vitae.render.Limits;
import dev.vitae.render.TemplateFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;

/**
 * Lays out XHTML into pages. Fonts are parsed once per engine and shared by every document it lays
 * out, and so are style sheets of the same text ({@link ParsedStyles}); one engine serves one
 * thread.
 */
public final class PdfEngine {

  private final StandardFontsOnDemand fonts = new StandardFontsOnDemand();
  private final XhtmlParser parser = new XhtmlParser();
  private final FontCoverage coverage;
  private final Optional<Path> userTemplates;
  private final Limits limits;
  private final ParsedStyles styles = new ParsedStyles();
  private final Kerning kerning = new Kerning();

  /** Text faces a page has not named yet (the classic theme's, for a modern résumé). */
  private final List<FontSet.Family> unparsed = new ArrayList<>();

  /**
   * The text face, until the first layout parses it: which characters it has is read from its
   * character map, so that an engine whose build lays nothing out (a résumé taken as the last build
   * wrote it) parses no font.
   */
  private Optional<FontSet.Family> textFace = Optional.empty();

  /** An engine with these fonts that reads only the shipped templates' files. */
  public PdfEngine(FontSet fontSet) {
    this(fontSet, Optional.empty(), Limits.DEFAULT);
  }

  /**
   * An engine with these fonts, whose layouts may read only the files of the shipped templates and
   * of {@code userTemplates}, each layout within {@code limits}' time.
   */
  public PdfEngine(FontSet fontSet, Optional<Path> userTemplates, Limits limits) {
    this.userTemplates = userTemplates;
    this.limits = limits;
    IntPredicate text = null;
    for (FontSet.Family family : fontSet.families()) {
      // a style sheet of the user's may name any family, and is read only while laying out
      Optional<CharacterMap> map =
          text == null && userTemplates.isEmpty()
              ? CharacterMap.read(bytes(family.files().get(0)))
              : Optional.empty();
      if (map.isPresent()) {
        text = map.get()::has;
        textFace = Optional.of(family);
      } else if (text == null || userTemplates.isPresent()) {
        BaseFont regular = register(family);
        text = text == null ? regular::charExists : text;
      } else {
        unparsed.add(family);
      }
    }
    List<FontCoverage.Fallback> fallbacks = new ArrayList<>();
    for (FontSet.Face face : fontSet.fallbacks()) {
      String family = "vitae-fallback-" + (fallbacks.size() + 1);
      FontCoverage.Fallback fallback =
          new FontCoverage.Fallback(family, () -> register(face, family));
      if (!face.onDemand()) {
        fallback.font();
      }
      fallbacks.add(fallback);
    }
    if (text == null) {
      throw new IllegalArgumentException("no text face in " + fontSet);
    }
    coverage = new FontCoverage(text, fallbacks);
  }

  /** Parses a text face's files, kerning included, and registers them; returns its regular font. */
  private BaseFont register(FontSet.Family family) {
    BaseFont regular = null;
    for (Path file : family.files()) {
      byte[] bytes = bytes(file);
      BaseFont font = load(file, bytes);
      kerning.add(font, bytes);
      fonts.addFont(font, file.toString(), null);
      regular = regular == null ? font : regular;
    }
    return Objects.requireNonNull(regular, "a family has files");
  }

  /** Parses each text face not parsed yet that {@code xhtml} names (in its style sheet). */
  private void registerNamed(String xhtml) {
    for (Iterator<FontSet.Family> i = unparsed.iterator(); i.hasNext(); ) {
      FontSet.Family family = i.next();
      if (xhtml.contains(family.name())) {
        register(family);
        i.remove();
      }
    }
  }

  /** The text faces no page has named yet, by family name. */
  List<String> unparsedFamilies() {
    return unparsed.stream().map(FontSet.Family::name).toList();
  }

  /**
   * Whether the text face is parsed: by the first layout, or with the engine for user templates.
   */
  boolean textFaceParsed() {
    return textFace.isEmpty();
  }

  /** Whether a page named a family none of the engine's fonts is, so that PDF's own were parsed. */
  boolean standardFontsParsed() {
    return fonts.standardLoaded();
  }

  /** Parses a face's files and registers them as one family; returns its regular font. */
  private @Nullable BaseFont register(FontSet.Face face, String family) {
    BaseFont regular = null;
    for (Path file : face.files()) {
      BaseFont font = load(file);
      fonts.addFont(font, file.toString(), family);
      regular = regular == null ? font : regular;
    }
    return regular;
  }

  /** Which characters the engine's fonts can draw. */
  public FontCoverage coverage() {
    return coverage;
  }

  /**
   * Lays out an XHTML document; the result knows its page count and can be written once.
   *
   * @throws UncoveredText when the document holds characters no font draws
   */
  public LaidOut layout(String xhtml) {
    return layout(xhtml, "(XHTML)");
  }

  /**
   * Lays out the XHTML a template wrote; the result knows its page count and can be written once.
   *
   * @throws UncoveredText when the document holds characters no font draws
   * @throws TemplateFailure naming {@code template} when its XHTML is not well-formed, takes longer
   *     than the limit to lay out, nests too deeply or exhausts memory
   */
  public LaidOut layout(String xhtml, String template) {
    try {
      return layOut(xhtml, System.nanoTime() + limits.time().toNanos());
    } catch (XhtmlParser.NotWellFormed e) {
      throw new TemplateFailure(template, String.valueOf(e.getMessage()), null);
    } catch (DeadlineText.Expired e) {
      throw new TemplateFailure(
          template,
          "its XHTML took more than %s to lay out (far more content than a résumé or dossier has?)"
              .formatted(limits.timeText()),
          null);
    } catch (StackOverflowError e) {
      throw new TemplateFailure(template, "its XHTML nests elements too deeply to lay out", null);
    } catch (OutOfMemoryError e) {
      throw new TemplateFailure(
          template, "its XHTML needs more memory to lay out than there is", null);
    }
  }

  private LaidOut layOut(String xhtml, long deadline) {
    textFace.ifPresent(this::register);
    textFace = Optional.empty();
    registerNamed(xhtml);
    Document doc = parser.parse(oneCharacterPerHyphenGlyph(xhtml));
    boolean rightToLeftPage = MirroredRows.rightToLeftPage(doc);
    if (rightToLeftPage) {
      MirroredRows.apply(doc);
    }
    boolean rightToLeft = RightToLeft.present(doc);
    boolean arabic = rightToLeft && RightToLeft.prepare(doc, rightToLeftPage);
    FallbackRuns.apply(doc, coverage);
    float dotsPerPoint = ITextRenderer.DEFAULT_DOTS_PER_POINT;
    // a right-to-left text is reordered after it is measured, so its letters' pairs are not known
    // when it is measured: such pages are set without kerning
    Kerning kerned = rightToLeft ? Kerning.NONE : kerning;
    ITextOutputDevice device =
        rightToLeft
            ? new VisualOrderDevice(dotsPerPoint, rightToLeftPage)
            : new LogicalOrderDevice(dotsPerPoint, rightToLeftPage, kerned);
    ParsedStyles.Layout sheets = styles.layout();
    LocalResources resources = new LocalResources(device, userTemplates, sheets);
    ITextRenderer renderer =
        new ITextRenderer(
            dotsPerPoint,
            ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
            device,
            resources,
            fonts,
            new ITextReplacedElementFactory(device),
            new DeadlineText(deadline, kerned));
    renderer.getSharedContext().setLineBreakingStrategy(new HardHyphens());
    sheets.attach(renderer, resources);
    renderer.setDocument(doc, resources.getBaseURL(), sheets);
    styles.bound(doc, sheets);
    renderer.layout();
    return new LaidOut(
        renderer,
        arabic,
        doc.getDocumentElement().getAttribute("lang"),
        () -> styles.rebind(renderer, resources));
  }

  /** How many style sheets this engine has parsed (a test's seam). */
  int styleSheetsParsed() {
    return styles.parsed();
  }

  /**
   * The shipped fonts draw '-', the soft hyphen (U+00AD), the hyphen (U+2010) and the non-breaking
   * hyphen (U+2011) with one glyph, which a PDF maps back to one character only: a document holding
   * two of them read every '-' back as the other (found by fuzzing). Soft hyphens, common in text
   * pasted from word processors, go (Flying Saucer does not hyphenate at them; it drew them
   * mid-word); the two hyphens become '-', which they look like.
   */
  private static String oneCharacterPerHyphenGlyph(String xhtml) {
    for (int i = 0; i < xhtml.length(); i++) {
      char c = xhtml.charAt(i);
      if (c == '\u00AD' || c == '\u2010' || c == '\u2011') {
        return xhtml.replace("\u00AD", "").replace('\u2010', '-').replace('\u2011', '-');
      }
    }
    return xhtml;
  }

  /**
   * Parses one TrueType file; an {@link IllegalArgumentException} names the file when it is not one
   * OpenPDF can embed.
   */
  public static BaseFont load(Path file) {
    return load(file, bytes(file));
  }

  /** A font file's bytes; an {@link IllegalArgumentException} names it when it cannot be read. */
  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new IllegalArgumentException(
          "'%s' cannot be read: permission denied".formatted(file.getFileName()), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "'%s' is not a TrueType font vitae can embed".formatted(file.getFileName()), e);
    }
  }

  private static BaseFont load(Path file, byte[] bytes) {
    try {
      // From bytes, so that subsetting reads memory rather than the file one byte at a time.
      BaseFont font =
          BaseFont.createFont(
              file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      font.setSecureRandom(new FixedPrefixRandom(file.getFileName().toString()));
      return font;
    } catch (IOException | RuntimeException e) {
      // OpenPDF reports a truncated or damaged file as an IOException or a runtime exception
      throw new IllegalArgumentException(
          "'%s' is not a TrueType font vitae can embed".formatted(file.getFileName()), e);
    }
  }
}
