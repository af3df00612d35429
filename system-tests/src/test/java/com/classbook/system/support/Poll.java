package com.classbook.system.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Polling with a deadline: the only way these tests wait. */
public final class Poll {
  private Poll() {}

  public static <T> T until(
      String what, Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> done) {
    Instant deadline = Instant.now().plus(timeout);
    T last = probe.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "timed out after " + timeout + " waiting for " + what + "; last value: " + last);
      }
      pause();
      last = probe.get();
    }
    return last;
  }

  /**
   * Like {@link #until}, but at the deadline returns the last value instead of failing: for checks
   * that report what they still find.
   */
  public static <T> T untilOrDeadline(
      Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> done) {
    Instant deadline = Instant.now().plus(timeout);
    T last = probe.get();
    while (!done.test(last) && Instant.now().isBefore(deadline)) {
      pause();
      last = probe.get();
    }
    return last;
  }

  public static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
