package com.classbook.booking.application.port.out;

/** A unique guard of the bookings table refused an insert. */
public class DuplicateBooking extends RuntimeException {

  /** Which guard refused. */
  public enum Guard {
    ACTIVE_PER_MEMBER_AND_CLASS,
    HOLD_REQUEST
  }

  private final Guard guard;

  public DuplicateBooking(Guard guard) {
    super("duplicate booking: " + guard, null, false, false);
    this.guard = guard;
  }

  public Guard guard() {
    return guard;
  }
}
