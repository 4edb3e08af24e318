package dev.vitae.render.pdf;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The pair kerning of a font's OpenType {@code GPOS} table: the pair-adjustment lookups (type 2,
 * also behind an extension, type 9) of its {@code kern} feature, applied to two glyphs as a shaper
 * applies them, lookup after lookup, in each the first subtable that covers the pair. It reads the
 * table where it lies in the font's bytes, nothing is copied out. Fonts kern this way only: no
 * library vitae has reads it (OpenPDF and FontBox read the old {@code kern} table, Java's shaper
 * answers for a whole text at a cost a cold build felt, Apache FOP's reader comes with its layout
 * engine), and what it answers is held to Java's shaper by {@code GposPairsTest}.
 */
final class GposPairs {

  private static final int PAIR_ADJUSTMENT = 2;
  private static final int EXTENSION = 9;
  private static final int X_PLACEMENT = 0x1;
  private static final int X_ADVANCE = 0x4;

  /** One subtable: how far it moves the second glyph, or empty when it does not cover the pair. */
  private sealed interface Subtable permits ByGlyph, ByClass {
    OptionalInt shift(int first, int second);
  }

  /**
   * The scripts whose letters it kerns, by their OpenType tags; digits and punctuation go with
   * Latin.
   */
  private static final Map<Character.UnicodeScript, String> TAGS =
      Map.of(
          Character.UnicodeScript.LATIN, "latn",
          Character.UnicodeScript.GREEK, "grek",
          Character.UnicodeScript.CYRILLIC, "cyrl");

  /**
   * A lookup: which glyphs it passes over (its flag, by the glyph classes of the font's {@code
   * GDEF} table) and its pair-adjustment subtables.
   */
  private record Lookup(int flag, List<Subtable> subtables) {}

  private static final int IGNORE_BASE_GLYPHS = 0x2;
  private static final int IGNORE_LIGATURES = 0x4;
  private static final int IGNORE_MARKS = 0x8;
  private static final int MARKS_FILTERED = 0xFF10;
  private static final int BASE = 1;
  private static final int LIGATURE = 2;
  private static final int MARK = 3;

  private final CharacterMap glyphs;
  private final ByteBuffer font;
  private final int glyphClasses; // GDEF's glyph class definition, or -1
  private final Map<Character.UnicodeScript, List<Lookup>> lookups;
  private final int unitsPerEm;

  private GposPairs(
      CharacterMap glyphs,
      ByteBuffer font,
      int glyphClasses,
      Map<Character.UnicodeScript, List<Lookup>> lookups,
      int unitsPerEm) {
    this.glyphs = glyphs;
    this.font = font;
    this.glyphClasses = glyphClasses;
    this.lookups = lookups;
    this.unitsPerEm = unitsPerEm;
  }

  /**
   * The kerning of a TrueType or OpenType file; empty when it has no {@code GPOS} table with a
   * {@code kern} feature, or one this reader does not understand (the caller kerns another way).
   */
  static Optional<GposPairs> read(byte[] bytes) {
    ByteBuffer font = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    try {
      int gpos = table(font, "GPOS");
      int head = table(font, "head");
      if (gpos < 0 || head < 0) {
        return Optional.empty();
      }
      int unitsPerEm = u16(font, head + 18);
      Map<Integer, Lookup> parsed = new HashMap<>();
      Map<Character.UnicodeScript, List<Lookup>> lookups =
          new EnumMap<>(Character.UnicodeScript.class);
      for (Map.Entry<Character.UnicodeScript, String> script : TAGS.entrySet()) {
        List<Lookup> kern = new ArrayList<>();
        for (int index : kernLookups(font, gpos, script.getValue())) {
          kern.add(parsed.computeIfAbsent(index, i -> subtables(font, lookup(font, gpos, i))));
        }
        lookups.put(script.getKey(), List.copyOf(kern));
      }
      if (lookups.values().stream().allMatch(List::isEmpty) || unitsPerEm == 0) {
        return Optional.empty();
      }
      int gdef = table(font, "GDEF");
      int classes = gdef < 0 || u16(font, gdef + 4) == 0 ? -1 : gdef + u16(font, gdef + 4);
      return CharacterMap.of(font)
          .map(cmap -> new GposPairs(cmap, font, classes, lookups, unitsPerEm));
    } catch (IndexOutOfBoundsException | BufferUnderflowException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether it answers for the pair as a shaper sets it: letters of Latin, Greek or Cyrillic,
   * digits and punctuation. A shaper sets text of two scripts as two runs, with no kerning between
   * them.
   */
  boolean answers(char a, char b) {
    return script(a).isPresent() && script(b).isPresent();
  }

  /**
   * How far the second character's glyph stands from where the first's advance would put it, in
   * thousandths of an em; 0 for a character the font has no glyph for, and between two scripts.
   */
  int thousandths(char a, char b) {
    Optional<Character.UnicodeScript> first = script(a);
    Optional<Character.UnicodeScript> second = script(b);
    if (first.isEmpty() || second.isEmpty()) {
      throw new IllegalArgumentException("not answered for: " + a + b);
    }
    boolean bothLetters =
        first.get() != Character.UnicodeScript.COMMON
            && second.get() != Character.UnicodeScript.COMMON;
    if (bothLetters && first.get() != second.get()) {
      return 0;
    }
    Character.UnicodeScript run =
        first.get() != Character.UnicodeScript.COMMON ? first.get() : second.get();
    return units(
        lookups.getOrDefault(
            run == Character.UnicodeScript.COMMON ? Character.UnicodeScript.LATIN : run, List.of()),
        glyphs.glyph(a),
        glyphs.glyph(b));
  }

  /** The script a character is kerned in: its own, or COMMON for digits and punctuation. */
  private static Optional<Character.UnicodeScript> script(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.COMMON || TAGS.containsKey(script)
        ? Optional.of(script)
        : Optional.empty();
  }

  private int units(List<Lookup> run, int first, int second) {
    if (first == 0 || second == 0) {
      return 0;
    }
    int units = 0;
    for (Lookup lookup : run) {
      if (passesOver(lookup.flag(), first) || passesOver(lookup.flag(), second)) {
        continue;
      }
      for (Subtable subtable : lookup.subtables()) {
        OptionalInt shift = subtable.shift(first, second);
        if (shift.isPresent()) {
          units += shift.getAsInt();
          break;
        }
      }
    }
    return (int) Math.round(units * 1000.0 / unitsPerEm);
  }

  /**
   * Whether a lookup with this flag passes over the glyph: a shaper pairs the glyphs around it
   * instead, which a pair cannot say, so the pair is not kerned by that lookup.
   */
  private boolean passesOver(int flag, int glyph) {
    int kind = glyphClasses < 0 ? 0 : glyphClass(font, glyphClasses, glyph);
    return switch (kind) {
      case BASE -> (flag & IGNORE_BASE_GLYPHS) != 0;
      case LIGATURE -> (flag & IGNORE_LIGATURES) != 0;
      case MARK -> (flag & (IGNORE_MARKS | MARKS_FILTERED)) != 0;
      default -> false;
    };
  }

  /** The offset of the table tagged {@code tag}, or -1. */
  static int table(ByteBuffer font, String tag) {
    for (int i = 0; i < u16(font, 4); i++) {
      int record = 12 + 16 * i;
      if (tag(font, record).equals(tag)) {
        return Math.toIntExact(u32(font, record + 8));
      }
    }
    return -1;
  }

  /**
   * The indices of the lookups of the {@code kern} feature of a script's default language, in the
   * order a shaper applies them; a script the font does not name is set as its default script
   * ({@code DFLT}), else as Latin, as HarfBuzz does.
   */
  private static SortedSet<Integer> kernLookups(ByteBuffer font, int gpos, String tag) {
    int scripts = gpos + u16(font, gpos + 4);
    int features = gpos + u16(font, gpos + 6);
    SortedSet<Integer> used = new TreeSet<>();
    for (String wanted : List.of(tag, "DFLT", "dflt", "latn")) {
      for (int s = 0; s < u16(font, scripts); s++) {
        int record = scripts + 2 + 6 * s;
        if (!tag(font, record).equals(wanted)) {
          continue;
        }
        int script = scripts + u16(font, record + 4);
        if (u16(font, script) == 0) {
          return used;
        }
        int system = script + u16(font, script);
        int required = u16(font, system + 2);
        if (required != 0xFFFF) {
          kernFeature(font, features, required, used);
        }
        for (int f = 0; f < u16(font, system + 4); f++) {
          kernFeature(font, features, u16(font, system + 6 + 2 * f), used);
        }
        return used;
      }
    }
    return used;
  }

  private static String tag(ByteBuffer font, int at) {
    byte[] tag = new byte[4];
    for (int i = 0; i < 4; i++) {
      tag[i] = font.get(at + i);
    }
    return new String(tag, StandardCharsets.US_ASCII);
  }

  private static void kernFeature(ByteBuffer font, int features, int index, Set<Integer> used) {
    int record = features + 2 + 6 * index;
    if (!tag(font, record).equals("kern")) {
      return;
    }
    int feature = features + u16(font, record + 4);
    for (int i = 0; i < u16(font, feature + 2); i++) {
      used.add(u16(font, feature + 4 + 2 * i));
    }
  }

  private static int lookup(ByteBuffer font, int gpos, int index) {
    int list = gpos + u16(font, gpos + 8);
    if (index >= u16(font, list)) {
      throw new IllegalArgumentException("no lookup " + index);
    }
    return list + u16(font, list + 2 + 2 * index);
  }

  /** A lookup's flag and pair-adjustment subtables; none for a lookup of another type. */
  private static Lookup subtables(ByteBuffer font, int lookup) {
    int type = u16(font, lookup);
    List<Subtable> out = new ArrayList<>();
    for (int i = 0; i < u16(font, lookup + 4); i++) {
      int at = lookup + u16(font, lookup + 6 + 2 * i);
      int kind = type;
      if (type == EXTENSION) {
        kind = u16(font, at + 2);
        at += Math.toIntExact(u32(font, at + 4));
      }
      if (kind == PAIR_ADJUSTMENT) {
        out.add(pairs(font, at));
      }
    }
    return new Lookup(u16(font, lookup + 2), List.copyOf(out));
  }

  private static Subtable pairs(ByteBuffer font, int at) {
    int format = u16(font, at);
    int coverage = at + u16(font, at + 2);
    int first = u16(font, at + 4);
    int second = u16(font, at + 6);
    return switch (format) {
      case 1 -> new ByGlyph(font, at, coverage, first, second);
      case 2 ->
          new ByClass(
              font, at, coverage, first, second, at + u16(font, at + 8), at + u16(font, at + 10));
      default -> throw new IllegalArgumentException("pair adjustment format " + format);
    };
  }

  /** The glyph the font draws a character with, 0 for none. */
  int glyph(char c) {
    return glyphs.glyph(c);
  }

  /** Pair adjustment format 1: for each first glyph, the second glyphs it is kerned with. */
  private record ByGlyph(ByteBuffer font, int at, int coverage, int format1, int format2)
      implements Subtable {
    @Override
    public OptionalInt shift(int first, int second) {
      int index = coverageIndex(font, coverage, first);
      if (index < 0) {
        return OptionalInt.empty();
      }
      int set = at + u16(font, at + 10 + 2 * index);
      int size = 2 + 2 * Integer.bitCount(format1) + 2 * Integer.bitCount(format2);
      int lo = 0;
      int hi = u16(font, set) - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int record = set + 2 + size * mid;
        int glyph = u16(font, record);
        if (glyph == second) {
          return OptionalInt.of(shiftOf(font, record + 2, format1, format2));
        }
        if (glyph < second) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return OptionalInt.empty();
    }
  }

  /** Pair adjustment format 2: an adjustment for each class of first and of second glyphs. */
  private record ByClass(
      ByteBuffer font, int at, int coverage, int format1, int format2, int classes1, int classes2)
      implements Subtable {
    @Override
    public OptionalInt shift(int first, int second) {
      if (coverageIndex(font, coverage, first) < 0) {
        return OptionalInt.empty();
      }
      int class1 = glyphClass(font, classes1, first);
      int class2 = glyphClass(font, classes2, second);
      int count1 = u16(font, at + 12);
      int count2 = u16(font, at + 14);
      if (class1 >= count1 || class2 >= count2) {
        return OptionalInt.of(0);
      }
      int size = 2 * Integer.bitCount(format1) + 2 * Integer.bitCount(format2);
      int record = at + 16 + size * (class1 * count2 + class2);
      return OptionalInt.of(shiftOf(font, record, format1, format2));
    }
  }

  /**
   * How far a pair's two value records move the second glyph from where the first's advance would
   * put it: the first's extra advance, the second's placement less the first's.
   */
  private static int shiftOf(ByteBuffer font, int record, int format1, int format2) {
    int advance1 = value(font, record, format1, X_ADVANCE);
    int placement1 = value(font, record, format1, X_PLACEMENT);
    int placement2 = value(font, record + 2 * Integer.bitCount(format1), format2, X_PLACEMENT);
    return advance1 + placement2 - placement1;
  }

  /** One field of a value record, 0 when its format leaves it out. */
  private static int value(ByteBuffer font, int record, int format, int field) {
    if ((format & field) == 0) {
      return 0;
    }
    int before = Integer.bitCount(format & (field - 1));
    return font.getShort(record + 2 * before);
  }

  /** The glyph's index in a coverage table, or -1 when it is not covered. */
  private static int coverageIndex(ByteBuffer font, int coverage, int glyph) {
    int count = u16(font, coverage + 2);
    if (u16(font, coverage) == 1) {
      int lo = 0;
      int hi = count - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int g = u16(font, coverage + 4 + 2 * mid);
        if (g == glyph) {
          return mid;
        }
        if (g < glyph) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return -1;
    }
    int range = range(font, coverage + 4, count, glyph);
    return range < 0 ? -1 : u16(font, range + 4) + glyph - u16(font, range);
  }

  /** The glyph's class in a class definition table, 0 when it names none. */
  private static int glyphClass(ByteBuffer font, int classes, int glyph) {
    if (u16(font, classes) == 1) {
      int start = u16(font, classes + 2);
      int count = u16(font, classes + 4);
      return glyph >= start && glyph < start + count
          ? u16(font, classes + 6 + 2 * (glyph - start))
          : 0;
    }
    int range = range(font, classes + 4, u16(font, classes + 2), glyph);
    return range < 0 ? 0 : u16(font, range + 4);
  }

  /**
   * The record of the range holding the glyph among {@code count} sorted records of first glyph,
   * last glyph and a value, or -1.
   */
  private static int range(ByteBuffer font, int records, int count, int glyph) {
    int lo = 0;
    int hi = count - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int range = records + 6 * mid;
      if (glyph < u16(font, range)) {
        hi = mid - 1;
      } else if (glyph > u16(font, range + 2)) {
        lo = mid + 1;
      } else {
        return range;
      }
    }
    return -1;
  }

  static int u16(ByteBuffer font, int at) {
    return Short.toUnsignedInt(font.getShort(at));
  }

  static long u32(ByteBuffer font, int at) {
    return Integer.toUnsignedLong(font.getInt(at));
  }
}
