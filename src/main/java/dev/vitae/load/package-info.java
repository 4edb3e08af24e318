/**
 * Reads resume.yaml (or a JSON Resume file) into the model: bytes to text, text to a YAML node tree
 * that keeps line and column, node tree to records. Every problem found on the way becomes a
 * diagnostic; all of them are collected before the stage gives up, so the user fixes the file once.
 * The YAML library never builds objects of its own: no tags, no classes, limits on aliases, depth
 * and size.
 */
@NullMarked
package dev.vitae.load;

import org.jspecify.annotations.NullMarked;
