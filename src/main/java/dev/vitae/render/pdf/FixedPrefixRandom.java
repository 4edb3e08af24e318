package dev.vitae.render.pdf;

import java.security.SecureRandom;

/**
 * Makes OpenPDF's font-subset prefix ("ABCDEF+SourceSans3") a function of the font name instead of
 * a random draw, so that two builds give identical bytes. OpenPDF draws exactly six doubles per
 * prefix.
 */
final class FixedPrefixRandom extends SecureRandom {

  private static final long serialVersionUID = 1L;

  private final double[] letters = new double[6];
  private int next;

  FixedPrefixRandom(String fontName) {
    int h = fontName.hashCode();
    for (int i = 0; i < letters.length; i++) {
      h = h * 31 + 17 * (i + 1);
      letters[i] = (Math.floorMod(h, 26) + 0.5) / 26.0;
    }
  }

  @Override
  public synchronized double nextDouble() {
    double d = letters[next];
    next = (next + 1) % letters.length;
    return d;
  }
}
