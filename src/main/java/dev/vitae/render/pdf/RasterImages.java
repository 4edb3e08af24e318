package dev.vitae.render.pdf;

import dev.vitae.render.TemplateFailure;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.util.ContentTypeDetectingInputStreamWrapper;
import org.xhtmlrenderer.util.ImageUtil;

/**
 * Flying Saucer's user agent without SVG images: vitae ships without Batik, which draws them (the
 * pom says why), so an SVG image in a user's template is a template error that says so rather than
 * a missing class deep in Flying Saucer. PNG, JPEG, GIF and PDF images load as before.
 */
class RasterImages extends ITextUserAgent {

  RasterImages(ITextOutputDevice device) {
    super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
  }

  @Override
  public ImageResource getImageResource(String uri) {
    if (!ImageUtil.isEmbeddedBase64Image(uri) && svg(resolveURI(uri))) {
      throw new TemplateFailure(
          "image " + uri, "an SVG image, which vitae does not draw; use a PNG or JPEG image");
    }
    return super.getImageResource(uri);
  }

  /** Sniffed as Flying Saucer does; an image that cannot be read is Flying Saucer's to handle. */
  private boolean svg(@Nullable String resolved) {
    if (resolved == null) {
      return false;
    }
    try (InputStream in = resolveAndOpenStream(resolved)) {
      if (in == null) {
        return false;
      }
      var sniffed = ContentTypeDetectingInputStreamWrapper.detectContentType(in);
      return sniffed != null && sniffed.isSvg();
    } catch (IOException e) {
      return false;
    }
  }
}
