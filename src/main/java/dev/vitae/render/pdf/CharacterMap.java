package dev.vitae.render.pdf;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A font's Unicode character map, as it lies in the file: which glyph draws a character, for the
 * kerning of its pairs and for telling which characters the text face has before any page is laid
 * out. FontBox reads one only after parsing every table of the font (its glyph substitutions too),
 * and OpenPDF the whole font, which cost a cold build more than a layout.
 */
record CharacterMap(ByteBuffer font, int at, int format) {

  /** The Windows Unicode map (full repertoire, else BMP), else a Unicode one; empty for none. */
  static Optional<CharacterMap> of(ByteBuffer font) {
    int cmap = GposPairs.table(font, "cmap");
    if (cmap < 0) {
      return Optional.empty();
    }
    Optional<CharacterMap> best = Optional.empty();
    int rank = 0;
    for (int i = 0; i < GposPairs.u16(font, cmap + 2); i++) {
      int record = cmap + 4 + 8 * i;
      int platform = GposPairs.u16(font, record);
      int encoding = GposPairs.u16(font, record + 2);
      int at = cmap + Math.toIntExact(GposPairs.u32(font, record + 4));
      int format = GposPairs.u16(font, at);
      int r =
          platform == 3 && encoding == 10 && format == 12
              ? 4
              : platform == 0 && format == 12
                  ? 3
                  : platform == 3 && encoding == 1 && format == 4
                      ? 2
                      : platform == 0 && format == 4 ? 1 : 0;
      if (r > rank) {
        rank = r;
        best = Optional.of(new CharacterMap(font, at, format));
      }
    }
    return best;
  }

  /** The map of a font file, empty when it has none this reads or is damaged. */
  static Optional<CharacterMap> read(byte[] bytes) {
    try {
      return of(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
    } catch (IndexOutOfBoundsException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** Whether the font draws the character. */
  boolean has(int c) {
    try {
      return glyph(c) != 0;
    } catch (IndexOutOfBoundsException | ArithmeticException e) {
      return false;
    }
  }

  /** The glyph the font draws a character with, 0 for none. */
  int glyph(int c) {
    return format == 12 ? groups(c) : segments(c);
  }

  private int groups(int c) {
    int lo = 0;
    int hi = Math.toIntExact(GposPairs.u32(font, at + 12)) - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int group = at + 16 + 12 * mid;
      if (c < GposPairs.u32(font, group)) {
        hi = mid - 1;
      } else if (c > GposPairs.u32(font, group + 4)) {
        lo = mid + 1;
      } else {
        return Math.toIntExact(GposPairs.u32(font, group + 8) + c - GposPairs.u32(font, group));
      }
    }
    return 0;
  }

  private int segments(int c) {
    if (c > 0xFFFF) {
      return 0;
    }
    int segments = GposPairs.u16(font, at + 6) / 2;
    int ends = at + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int offsets = deltas + 2 * segments;
    int lo = 0;
    int hi = segments - 1;
    while (lo < hi) { // the first segment whose end is at or after c
      int mid = (lo + hi) >>> 1;
      if (GposPairs.u16(font, ends + 2 * mid) < c) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (segments == 0
        || GposPairs.u16(font, ends + 2 * lo) < c
        || GposPairs.u16(font, starts + 2 * lo) > c) {
      return 0;
    }
    int delta = font.getShort(deltas + 2 * lo);
    int offset = GposPairs.u16(font, offsets + 2 * lo);
    if (offset == 0) {
      return (c + delta) & 0xFFFF;
    }
    int glyph =
        GposPairs.u16(
            font, offsets + 2 * lo + offset + 2 * (c - GposPairs.u16(font, starts + 2 * lo)));
    return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
  }
}
