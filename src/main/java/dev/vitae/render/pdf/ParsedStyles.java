package dev.vitae.render.pdf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.extend.UserInterface;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * The style sheets an engine has parsed, kept from one layout to the next: a one-page fit lays the
 * same XHTML out about five times, and Flying Saucer would parse its user-agent style sheet and the
 * template's inline {@code <style>} anew for each. Flying Saucer caches parsed sheets by URI (an
 * LRU of 16) in each renderer's {@link StyleReference} and empties the cache whenever a document is
 * set; here one reference that keeps its cache serves every renderer of the engine, and an inline
 * sheet's URI is made from its text ({@code vitae-style:} and the SHA-256 of the text) instead of a
 * counter, so the same text is parsed once and a changed text is a new sheet. One engine serves one
 * thread, and so does this.
 */
final class ParsedStyles {

  private static final String SCHEME = "vitae-style:";

  private @Nullable Kept css;
  private @Nullable Document bound;
  private int parsed;

  /** How many style sheets were parsed so far (the seam a test counts through). */
  int parsed() {
    return parsed;
  }

  /**
   * The namespace handler for one layout: the inline style sheets' texts are kept by it, for {@link
   * Layout#cssResource} to hand to the parser when a sheet is not cached yet.
   */
  Layout layout() {
    return new Layout();
  }

  /** The style sheets of one layout. */
  final class Layout extends XhtmlNamespaceHandler {

    private final Map<String, String> inline = new HashMap<>();
    private boolean readsFiles;

    @Override
    public List<StylesheetInfo> getStylesheets(Document doc) {
      List<StylesheetInfo> infos = new ArrayList<>();
      for (StylesheetInfo info : super.getStylesheets(doc)) {
        String text = info.getContent().orElse(null);
        if (text == null || text.toLowerCase(Locale.ROOT).contains("@import")) {
          readsFiles = true;
        }
        if (text == null) {
          infos.add(info);
          continue;
        }
        String uri = SCHEME + sha256(text);
        inline.put(uri, text);
        infos.add(new StylesheetInfo(info.getOrigin(), uri, info.getMedia(), null));
      }
      return infos;
    }

    /**
     * The text of a style sheet Flying Saucer is about to parse, or null for one of {@code
     * resources}' files; counted as a parse.
     */
    @Nullable CSSResource cssResource(String uri) {
      parsed++;
      String text = inline.get(uri);
      return text == null
          ? null
          : new CSSResource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Gives a renderer, before its document is set, the engine's parsed sheets. */
    void attach(ITextRenderer renderer, LocalResources resources) {
      Kept shared = css;
      if (shared == null) {
        shared = new Kept(resources);
        css = shared;
      }
      shared.setUserAgentCallback(resources);
      renderer.getSharedContext().setCss(shared);
      bound = null;
    }
  }

  /**
   * Notes that the engine's sheets now style {@code doc}, as setting it on a renderer did. A sheet
   * read from a file (a template's {@code <link>} or {@code @import}) is cached by its URI, not its
   * text, and could change before the next build: then nothing is kept for the next layout.
   */
  void bound(Document doc, Layout layout) {
    bound = doc;
    Kept shared = css;
    if (layout.readsFiles && shared != null) {
      shared.forget();
    }
  }

  /**
   * Points the engine's sheets back at a renderer's document when another layout has come since, so
   * that writing it sees the styles of its own document.
   */
  void rebind(ITextRenderer renderer, LocalResources resources) {
    Document doc = renderer.getDocument();
    StyleReference shared = css;
    if (shared == null || doc == null || doc == bound) {
      return;
    }
    SharedContext context = renderer.getSharedContext();
    NamespaceHandler handler = Objects.requireNonNull(context.getNamespaceHandler(), "laid out");
    shared.setUserAgentCallback(resources);
    shared.setDocumentContext(context, handler, doc, NO_POINTER);
    bound = doc;
  }

  /**
   * Flying Saucer's style sheets of a document, not flushed when a renderer sets its document
   * (which its default configuration, {@code xr.cache.stylesheets=false}, does at every layout).
   */
  private static final class Kept extends StyleReference {

    Kept(UserAgentCallback agent) {
      super(agent);
    }

    @Override
    public void flushAllStyleSheets() {
      // kept for the next layout: an inline sheet's URI is its text's digest
    }

    /** Forgets every parsed sheet. */
    void forget() {
      super.flushAllStyleSheets();
    }
  }

  /** A PDF has no pointer: nothing is hovered, active or focused. */
  private static final UserInterface NO_POINTER =
      new UserInterface() {
        @Override
        public boolean isHover(Element e) {
          return false;
        }

        @Override
        public boolean isActive(Element e) {
          return false;
        }

        @Override
        public boolean isFocus(Element e) {
          return false;
        }
      };

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
