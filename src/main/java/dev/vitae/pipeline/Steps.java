package dev.vitae.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The points of a commit, counted, for the fault-injection test: with the system properties {@code
 * vitae.test.pauseAtStep=N} and {@code vitae.test.pausedFile=PATH} the commit stops at its N-th
 * point, writes that point's name to PATH and waits there to be killed. Without them (always,
 * outside that test) each point costs one comparison.
 */
final class Steps {

  private final int pauseAt;
  private final String marker;
  private int count;

  private Steps(int pauseAt, String marker) {
    this.pauseAt = pauseAt;
    this.marker = marker;
  }

  static Steps fromProperties() {
    return new Steps(
        Integer.getInteger("vitae.test.pauseAtStep", 0),
        System.getProperty("vitae.test.pausedFile", ""));
  }

  /** One more point of the commit passed. */
  void next(String what) {
    count++;
    if (count != pauseAt || marker.isEmpty()) {
      return;
    }
    try {
      Files.writeString(Path.of(marker), count + " " + what);
      Thread.sleep(600_000);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
