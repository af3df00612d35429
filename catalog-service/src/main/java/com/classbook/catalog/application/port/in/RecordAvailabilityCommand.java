package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.schedule.SeatAvailability;
import com.classbook.kernel.problem.Validate;

/** Seat counts of one class as reported by the booking service. */
public record RecordAvailabilityCommand(
    String classId, int capacity, int freeSlots, int reservedSlots, int bookedSlots) {

  public RecordAvailabilityCommand {
    Validate.fields()
        .text(classId, "classId", 36)
        .require(capacity >= 0, "capacity", "must not be negative")
        .require(freeSlots >= 0, "freeSlots", "must not be negative")
        .require(reservedSlots >= 0, "reservedSlots", "must not be negative")
        .require(bookedSlots >= 0, "bookedSlots", "must not be negative")
        .orThrow();
  }

  public SeatAvailability seats() {
    return new SeatAvailability(capacity, freeSlots, reservedSlots, bookedSlots);
  }
}
