package dev.vitae.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text items grouped into lines the way résumé parsers group them: a line ends at an item's
 * end-of-line mark (never by sorting positions), and neighbours on a line closer than a typical
 * character's width are one item. Items of white space alone only separate.
 */
public final class ItemLines {

  private ItemLines() {}

  public static List<ItemLine> of(List<TextItem> items) {
    List<List<TextItem>> raw = new ArrayList<>();
    List<TextItem> line = new ArrayList<>();
    for (TextItem item : items) {
      if (!item.blank()) {
        line.add(item);
      }
      if (item.endOfLine() && !line.isEmpty()) {
        raw.add(line);
        line = new ArrayList<>();
      }
    }
    if (!line.isEmpty()) {
      raw.add(line);
    }
    double charWidth = typicalCharWidth(raw.stream().flatMap(List::stream).toList());
    return raw.stream().map(l -> new ItemLine(merged(l, charWidth))).toList();
  }

  private static List<TextItem> merged(List<TextItem> line, double charWidth) {
    List<TextItem> out = new ArrayList<>();
    for (TextItem item : line) {
      TextItem before = out.isEmpty() ? null : out.get(out.size() - 1);
      double gap = before == null ? Double.MAX_VALUE : item.x() - before.end();
      if (before != null && gap <= charWidth && gap >= -charWidth) {
        boolean space =
            gap > 0.15 * item.height()
                && !before.text().endsWith(" ")
                && !item.text().startsWith(" ");
        out.set(out.size() - 1, before.joined(space ? " " : "", item));
      } else {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * The average width of a character in the most common font at the most common size: the first by
   * characters, the second by items.
   */
  static double typicalCharWidth(List<TextItem> items) {
    Map<String, Integer> fonts = new HashMap<>();
    Map<Long, Integer> sizes = new HashMap<>();
    for (TextItem i : items) {
      fonts.merge(i.font(), i.text().strip().length(), Integer::sum);
      sizes.merge(Math.round(i.height() * 10), 1, Integer::sum);
    }
    String font = mostCommon(fonts, "");
    long size = mostCommon(sizes, 0L);
    double width = 0;
    int chars = 0;
    for (TextItem i : items) {
      if (i.font().equals(font) && Math.round(i.height() * 10) == size) {
        width += i.width();
        chars += i.text().length();
      }
    }
    return chars == 0 ? 0 : width / chars;
  }

  private static <K> K mostCommon(Map<K, Integer> counts, K none) {
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(none);
  }
}
