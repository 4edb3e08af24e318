/**
 * XHTML to PDF through Flying Saucer and OpenPDF, in two steps: {@link
 * dev.vitae.render.pdf.PdfEngine#layout} gives the page count without writing (what one-page
 * fitting needs), {@link dev.vitae.render.pdf.LaidOut#write} writes the bytes. Fonts are embedded
 * as Identity-H subsets so every character reads back exactly; dates, the file ID and subset names
 * are fixed so that the same input gives the same bytes. Each line's text is written into the
 * content stream in reading order ({@link dev.vitae.render.pdf.LogicalOrderDevice}), which readers
 * that do not sort by position rely on. Neither library knows right-to-left text, so this package
 * shapes Arabic before layout ({@link dev.vitae.render.pdf.RightToLeft}), draws such lines in
 * visual order ({@link dev.vitae.render.pdf.VisualOrderDevice}) and maps joined Arabic glyphs back
 * to letters ({@link dev.vitae.render.pdf.ArabicTextLayer}).
 */
@NullMarked
package dev.vitae.render.pdf;

import org.jspecify.annotations.NullMarked;
