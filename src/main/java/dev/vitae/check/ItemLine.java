package dev.vitae.check;

import java.util.List;
import java.util.stream.Collectors;

/** The items of one line, as a reader groups them: left to right in the order drawn. */
public record ItemLine(List<TextItem> items) {

  public ItemLine {
    items = List.copyOf(items);
  }

  /** The line's text, its items joined by a space. */
  public String text() {
    return items.stream().map(i -> i.text().strip()).collect(Collectors.joining(" "));
  }

  TextItem first() {
    return items.get(0);
  }

  double y() {
    return first().y();
  }
}
