/**
 * Pictures of the PDFs: each page rendered to PNG with PDFBox, for READMEs, pull requests and a
 * quick look without a PDF viewer. Reads finished PDF bytes; knows nothing of résumés.
 */
@NullMarked
package dev.vitae.preview;

import org.jspecify.annotations.NullMarked;
