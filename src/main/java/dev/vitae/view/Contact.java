package dev.vitae.view;

import org.jspecify.annotations.Nullable;

/**
 * One way to reach the person.
 *
 * @param label what it is ("Email", "GitHub")
 * @param text what is printed
 * @param href where the link goes ({@code mailto:}, {@code https:})
 */
public record Contact(String label, String text, @Nullable String href) {

  /**
   * What plain text shows: a web link's whole address, scheme included (the printed text drops
   * {@code https://}, which a reader of a .txt needs to follow it), else the printed text.
   */
  public String plain() {
    return href != null && (href.startsWith("https://") || href.startsWith("http://"))
        ? href
        : text;
  }
}
