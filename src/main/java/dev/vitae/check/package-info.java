/**
 * Reads PDFs back the way an applicant-tracking system does (PDFBox) and checks what an employer
 * would otherwise find broken: page count, fonts that are embedded and map to Unicode, a text layer
 * that holds every source string in order, no replacement, ligature or control characters, only
 * safe link schemes, metadata, file size. The structural read-back ({@link
 * dev.vitae.check.AtsCheck}) groups the text items into lines and reads name, contacts, sections,
 * entries and their fields from them as résumé parsers do, to compare field by field with the view
 * the PDF was made from. Word copies are read back with POI, paragraph by paragraph ({@link
 * dev.vitae.check.DocxCheck}), compared with the same code. Used by {@code vitae check} and by
 * every build.
 */
@NullMarked
package dev.vitae.check;

import org.jspecify.annotations.NullMarked;
