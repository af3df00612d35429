package com.classbook.booking.domain;

/** The life-cycle states of a booking; WAITLISTED is a credit hold taken for a waitlist entry. */
public enum BookingStatus {
  CONFIRMED,
  WAITLISTED,
  CANCELLED,
  CHECKED_IN,
  NO_SHOW;

  /** Active bookings block another booking of the same class and count for schedule overlaps. */
  public boolean isActive() {
    return this == CONFIRMED || this == CHECKED_IN || this == WAITLISTED;
  }

  /** Statuses that occupy one of the class's seats (I2). */
  public boolean holdsSeat() {
    return this == CONFIRMED || this == CHECKED_IN || this == NO_SHOW;
  }
}
