package dev.vitae.render.pdf;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;
import org.xhtmlrenderer.util.ImageUtil;

/**
 * Flying Saucer's user agent, allowed to read only the shipped templates and the files of the
 * user's {@code --templates} folder: a template may name a style sheet, an image or a font there by
 * a relative path. Anything else — {@code http:}, {@code https:}, {@code ftp:}, a {@code file:}
 * outside the folder (also through a link or {@code ..}) — is not opened: a template found in a
 * download cannot make a build reach the network or embed another file of the machine. Inline
 * {@code data:} images and fonts need no reading and stay allowed. What it may read is then checked
 * as {@link RasterImages} does: an SVG image is a template error.
 */
final class LocalResources extends RasterImages {

  private static final String SHIPPED = "/vitae/templates/";

  /** Flying Saucer's own default style sheet for XHTML, which it reads through this agent. */
  private static final String DEFAULT_CSS = "/resources/css/XhtmlNamespaceHandler.css";

  private final Optional<Path> folder;
  private final String shipped;
  private final String defaultCss;

  private final ParsedStyles.Layout sheets;

  LocalResources(ITextOutputDevice device, Optional<Path> userFolder, ParsedStyles.Layout sheets) {
    super(device);
    this.sheets = sheets;
    this.folder = userFolder.map(LocalResources::real);
    URL root = LocalResources.class.getResource(SHIPPED);
    this.shipped = root == null ? SHIPPED : root.toExternalForm();
    URL css = XhtmlCssOnlyNamespaceHandler.class.getResource(DEFAULT_CSS);
    this.defaultCss = css == null ? DEFAULT_CSS : css.toExternalForm();
    setBaseURL(folder.map(f -> f.toUri().toString()).orElse(shipped));
  }

  /** A style sheet to parse: an inline sheet's text from {@code sheets}, else a file's. */
  @Override
  public CSSResource getCSSResource(String uri) {
    CSSResource inline = sheets.cssResource(uri);
    return inline != null ? inline : super.getCSSResource(uri);
  }

  @Override
  public ImageResource getImageResource(String uri) {
    if (!ImageUtil.isEmbeddedBase64Image(uri)) {
      String resolved = resolveURI(uri);
      if (resolved == null || !allowed(resolved)) {
        return new ImageResource(resolved, null);
      }
    }
    return super.getImageResource(uri);
  }

  @Override
  protected InputStream openStream(String uri) throws IOException {
    refuseUnlessAllowed(uri);
    return super.openStream(uri);
  }

  @Override
  protected URLConnection openConnection(String uri) throws IOException {
    refuseUnlessAllowed(uri);
    return super.openConnection(uri);
  }

  private void refuseUnlessAllowed(String uri) throws FileNotFoundException {
    if (!allowed(uri)) {
      throw new FileNotFoundException("vitae reads only its templates' own files, not " + uri);
    }
  }

  /** Whether a resolved URI names a shipped template file or a file inside the user's folder. */
  boolean allowed(String uri) {
    if (uri.contains("..") || uri.toLowerCase(Locale.ROOT).contains("%2e")) {
      return false;
    }
    if (uri.equals(defaultCss) || uri.startsWith(shipped)) {
      return true;
    }
    if (folder.isEmpty() || !uri.startsWith("file:")) {
      return false;
    }
    try {
      Path file = real(Path.of(URI.create(uri)));
      return file.startsWith(folder.get()) && Files.isRegularFile(file);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
