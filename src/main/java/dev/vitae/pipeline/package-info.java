/**
 * Runs the stages in order — load, validate, view, template, lay out, fit, write, read back — and
 * returns what happened as values. It never prints: the command line decides what to say.
 */
@NullMarked
package dev.vitae.pipeline;

import org.jspecify.annotations.NullMarked;
