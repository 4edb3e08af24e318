/**
 * Job applications as data ({@code applications/acme-backend.yaml}): what stops a bundle from
 * reaching an employer (placeholder contacts, {@code TODO}, empty letter paragraphs), the names a
 * bundle and its files get, the posting an application points at, the variant it sends ({@code
 * auto}: the best match), and the {@code record.json} that says what was sent. Pure: the pipeline
 * reads and writes the files.
 */
@NullMarked
package dev.vitae.apply;

import org.jspecify.annotations.NullMarked;
