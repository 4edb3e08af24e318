package dev.vitae.render.pdf;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

/**
 * Flying Saucer's font resolver without PDF's 14 standard fonts until a page asks for a family no
 * font of the engine's has: Flying Saucer parses their 14 metric files with the first font added,
 * which a cold build paid for every engine, and the shipped templates name only the engine's own
 * embedded faces. A user's template naming a family vitae has not (or none) still gets the standard
 * font it got before.
 */
final class StandardFontsOnDemand extends ITextFontResolver {

  private boolean standardLoaded;

  /** Whether a page has asked for a family the engine's fonts lack. */
  boolean standardLoaded() {
    return standardLoaded;
  }

  @Override
  protected Map<String, FontFamily> loadFonts() {
    return new HashMap<>();
  }

  @Override
  public @Nullable FSFont resolveFont(SharedContext context, FontSpecification spec) {
    FSFont font = super.resolveFont(context, spec);
    if (font == null && !standardLoaded) {
      standardLoaded = true;
      super.loadFonts().forEach(getFonts()::putIfAbsent);
      font = super.resolveFont(context, spec);
    }
    return font;
  }
}
