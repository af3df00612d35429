package com.classbook.catalog.domain.schedule;

import com.classbook.kernel.problem.ValidationProblem;

/**
 * The seat counts of one class as last reported by the booking service: free for anyone, reserved
 * for a waitlist promotion, and booked.
 */
public record SeatAvailability(int capacity, int freeSlots, int reservedSlots, int bookedSlots) {

  public SeatAvailability {
    if (capacity < 0 || freeSlots < 0 || reservedSlots < 0 || bookedSlots < 0) {
      throw ValidationProblem.of("seats", "seat counts are never negative");
    }
  }

  /** Seats that a capacity change must leave room for. */
  public int takenSlots() {
    return bookedSlots + reservedSlots;
  }
}
