package com.classbook.booking.domain;

import java.time.Instant;

/**
 * The booking side's view of one class: schedule, price in credits and the authoritative seat
 * counts (I2: free + reserved + seat-holding bookings = capacity).
 */
public record ClassInventory(
    String id,
    String countryCode,
    Instant startTime,
    Instant endTime,
    int capacity,
    int freeSlots,
    int reservedSlots,
    int requiredCredits,
    boolean active,
    boolean cancelled,
    long version) {

  /** Seats taken by CONFIRMED, CHECKED_IN or NO_SHOW bookings, derived from I2. */
  public int bookedSlots() {
    return capacity - freeSlots - reservedSlots;
  }

  /** Active, not cancelled and not started yet. */
  public boolean bookableAt(Instant now) {
    return active && !cancelled && now.isBefore(startTime);
  }

  public TimeSlot slot() {
    return new TimeSlot(startTime, endTime);
  }
}
