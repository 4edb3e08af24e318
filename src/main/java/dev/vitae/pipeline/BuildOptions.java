package dev.vitae.pipeline;

import dev.vitae.view.Paper;
import java.time.Instant;

/**
 * How to build.
 *
 * @param time the date written into PDFs (SOURCE_DATE_EPOCH, else the input's modification time)
 */
public record BuildOptions(Paper paper, Instant time) {}
