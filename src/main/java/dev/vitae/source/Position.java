package dev.vitae.source;

/** A place in the source, 1-based, as editors count. */
public record Position(int line, int column) implements Comparable<Position> {

  public static final Position START = new Position(1, 1);

  @Override
  public int compareTo(Position o) {
    return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
  }
}
