/**
 * Offline job-posting match: which of a posting's technology and skill terms a variant covers (and
 * where), which resume.yaml has but the variant tags out, and which are missing. No AI, no network:
 * a dictionary of terms with their aliases, and the résumé's own keywords.
 */
@NullMarked
package dev.vitae.match;

import org.jspecify.annotations.NullMarked;
