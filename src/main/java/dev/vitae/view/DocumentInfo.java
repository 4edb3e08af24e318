package dev.vitae.view;

/**
 * PDF metadata (what a reader's document properties show) and the language and direction the
 * document is written in.
 *
 * @param language a BCP 47 tag for the XHTML {@code lang} and the PDF's /Lang, or empty when
 *     unknown
 */
public record DocumentInfo(
    String title,
    String author,
    String subject,
    String keywords,
    String language,
    Direction direction) {}
