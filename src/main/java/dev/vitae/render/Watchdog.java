package dev.vitae.render;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Interrupts the thread that made it once its time is up, unless closed first. Closing it leaves
 * that thread's interrupt flag as it was before, whether or not the time ran out.
 */
final class Watchdog implements AutoCloseable {

  private static final int RUNNING = 0;
  private static final int CLOSED = 1;
  private static final int FIRED = 2;

  private final AtomicInteger state = new AtomicInteger(RUNNING);
  private final Thread timer;

  Watchdog(Duration time) {
    Thread target = Thread.currentThread();
    timer =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    Thread.sleep(time);
                  } catch (InterruptedException closed) {
                    return;
                  }
                  if (state.compareAndSet(RUNNING, FIRED)) {
                    target.interrupt();
                  }
                });
  }

  /** Whether the time ran out. */
  boolean fired() {
    return state.get() == FIRED;
  }

  // A false positive: ThreadJoinLoop flags every join in a try with an empty catch and suggests
  // Guava's Uninterruptibles.joinUninterruptibly, which is this loop (join again until it returns).
  @SuppressWarnings("ThreadJoinLoop")
  @Override
  public void close() {
    if (state.compareAndSet(RUNNING, CLOSED)) {
      timer.interrupt();
      return;
    }
    // It fired: wait until its interrupt has arrived, then clear it.
    boolean joined = false;
    while (!joined) {
      try {
        timer.join();
        joined = true;
      } catch (InterruptedException expected) {
        // the interrupt it sent; the timer ends right after sending it
      }
    }
    Thread.interrupted();
  }
}
