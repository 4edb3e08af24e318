/**
 * What a résumé says, as immutable records: no I/O, no formatting, no knowledge of YAML or PDF. The
 * vocabulary follows JSON Resume (basics, work, education, skills…) so that its files load as they
 * are; the extensions (metrics, systems, dossiers, diagrams, notes, principles, variants) carry
 * what a dossier needs.
 */
@NullMarked
package dev.vitae.model;

import org.jspecify.annotations.NullMarked;
