/**
 * Where things are in the input file, and the diagnostics that point there. Shared by the stages
 * that read the file (load) and judge it (validate), so that every message has the same {@code
 * file:line:col: error: message} form with the source line and a caret.
 */
@NullMarked
package dev.vitae.source;

import org.jspecify.annotations.NullMarked;
