/**
 * The command line: parses flags, calls the pipeline, prints what it returns. The only place that
 * writes to the terminal or decides an exit code (0 ok, 1 failure, 2 bad usage).
 */
@NullMarked
package dev.vitae.cli;

import org.jspecify.annotations.NullMarked;
