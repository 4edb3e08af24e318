/**
 * JMH benchmarks of the figures the README reports. Run them with {@code scripts/bench}; they are
 * not part of the test suite, since timings are measured, never asserted.
 */
@NullMarked
package dev.vitae.bench;

import org.jspecify.annotations.NullMarked;
