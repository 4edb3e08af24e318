/**
 * The shape of resume.yaml and of application files as data, read from the model records by
 * reflection: a JSON Schema that editors use to complete and check the file as it is typed, and the
 * key paths that JSON Resume import uses to tell fields vitae reads from fields it drops.
 * Generated, never written by hand, so it cannot drift from what the loader accepts.
 */
@NullMarked
package dev.vitae.schema;

import org.jspecify.annotations.NullMarked;
