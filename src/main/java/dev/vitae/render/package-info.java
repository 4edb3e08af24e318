/**
 * Views to text through FreeMarker templates: XHTML for the PDFs (auto-escaped {@code .ftlx}),
 * plain text and Markdown. Templates run sandboxed: no {@code ?new}, no {@code ?api}, errors
 * rethrown, and values from resume.yaml are data that is printed, never template source that is
 * run.
 */
@NullMarked
package dev.vitae.render;

import org.jspecify.annotations.NullMarked;
