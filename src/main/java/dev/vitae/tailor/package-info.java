/**
 * Tailors a résumé to one target role: keeps what a variant's tags include, drops what they
 * exclude, applies its limits and overrides, and the command line's flags on top. Pure: a new
 * résumé comes out and the one given is never changed; tailoring twice gives what tailoring once
 * gives.
 */
@NullMarked
package dev.vitae.tailor;

import org.jspecify.annotations.NullMarked;
