package com.classbook.booking.domain;

/**
 * A seat freed by a cancellation while members waited; {@code slotRef} is the cancelled booking's
 * id, and the seat is consumed by one promotion or released to the public pool, exactly once.
 */
public record ReservedSlot(String slotRef, String classId, State state, String usedByBookingId) {

  /** Where a reserved seat is in its life. */
  public enum State {
    RESERVED,
    CONSUMED,
    RELEASED
  }
}
