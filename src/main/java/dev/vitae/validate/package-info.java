/**
 * Rules a résumé must meet beyond its shape: periods that end after they start, links an employer
 * can safely open, references that point somewhere. Pure: a résumé and its source map in,
 * diagnostics out.
 */
@NullMarked
package dev.vitae.validate;

import org.jspecify.annotations.NullMarked;
