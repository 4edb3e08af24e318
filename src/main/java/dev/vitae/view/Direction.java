package dev.vitae.view;

/**
 * Which side a page starts on, as templates need it: {@code dir} for the XHTML, and the CSS words
 * for the side text starts from and the side it ends on ({@code padding-${start}}, {@code
 * text-align: ${end}}).
 */
public record Direction(String dir, String start, String end) {

  public static final Direction LEFT_TO_RIGHT = new Direction("ltr", "left", "right");
  public static final Direction RIGHT_TO_LEFT = new Direction("rtl", "right", "left");

  public boolean rightToLeft() {
    return dir.equals("rtl");
  }
}
