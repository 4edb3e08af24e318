/**
 * JSON Resume interop: a résumé out as a valid JSON Resume (v1.0.0) document, and a JSON Resume
 * file in as a resume.yaml. Both directions say what they leave behind (vitae's extensions on the
 * way out, fields vitae does not read on the way in) instead of failing or dropping it silently.
 */
@NullMarked
package dev.vitae.jsonresume;

import org.jspecify.annotations.NullMarked;
