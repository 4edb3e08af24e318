/**
 * Fuzz tests: arbitrary bytes through load, validate and render must end as a document or as a user
 * error with diagnostics, never as another exception or a hang.
 */
@NullMarked
package dev.vitae.fuzz;

import org.jspecify.annotations.NullMarked;
