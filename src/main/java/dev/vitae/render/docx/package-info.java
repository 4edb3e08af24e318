/**
 * Word copies (.docx) of the résumé, the dossier and the cover letter, written with Apache POI
 * (XWPF) from the same view records the PDF templates print: real heading styles (Heading 1 and 2,
 * with outline levels, so Word's navigation pane lists them), bullets as a Word numbering list, one
 * column with no text boxes or layout tables, core properties, and the theme's font named with
 * fallbacks in the font table. The bytes are reproducible: every ZIP entry carries the build's
 * date.
 */
@NullMarked
package dev.vitae.render.docx;

import org.jspecify.annotations.NullMarked;
