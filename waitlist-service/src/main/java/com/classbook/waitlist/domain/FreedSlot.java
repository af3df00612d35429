package com.classbook.waitlist.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A seat freed by a cancellation and reserved for the waitlist; it must be resolved exactly once
 * (promotion of the head, or release to the public pool).
 */
public record FreedSlot(
    String slotRef, String classId, FreedSlotState state, int attempts, Instant nextAttemptAt) {

  public FreedSlot {
    Objects.requireNonNull(slotRef, "slotRef");
    Objects.requireNonNull(classId, "classId");
    Objects.requireNonNull(state, "state");
  }

  public static FreedSlot received(String slotRef, String classId, Instant now) {
    return new FreedSlot(slotRef, classId, FreedSlotState.PENDING, 0, now);
  }

  public boolean isPending() {
    return state == FreedSlotState.PENDING;
  }

  /** When to try again after a failed attempt: exponential backoff, capped at {@code max}. */
  public Instant retryAt(Instant now, Duration base, Duration max) {
    long factor = 1L << Math.min(attempts, 16);
    Duration delay = base.multipliedBy(factor);
    return now.plus(delay.compareTo(max) > 0 ? max : delay);
  }
}
