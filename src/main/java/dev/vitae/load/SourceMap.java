package dev.vitae.load;

import dev.vitae.source.Position;
import java.util.Map;

/**
 * Where each value of the model was written, by path ({@code work[0].endDate}), so that later
 * stages can point at the line of a value they object to.
 */
public record SourceMap(Map<String, Position> positions) {

  public SourceMap {
    positions = Map.copyOf(positions);
  }

  /** The position of the value at {@code path}, else of its nearest written parent, else line 1. */
  public Position at(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Position found = positions.get(p);
      if (found != null) {
        return found;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return Position.START;
  }
}
