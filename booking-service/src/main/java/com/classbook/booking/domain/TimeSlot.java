package com.classbook.booking.domain;

import java.time.Instant;

/** A half-open time interval [start, end): back-to-back slots do not overlap. */
public record TimeSlot(Instant start, Instant end) {

  public boolean overlaps(TimeSlot other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
