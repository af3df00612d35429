package com.classbook.booking.domain;

/**
 * What happened to a booking or hold, as a fact of the domain returned by {@link Booking}'s own
 * methods; the messaging adapter maps each one to its versioned integration event.
 */
public sealed interface BookingFact {

  /** The booking as it is after the fact. */
  Booking booking();

  /** A member booked a seat. */
  record Confirmed(Booking booking) implements BookingFact {}

  /**
   * A booking was cancelled; {@code seatReservedForWaitlist} when its seat went to the waitlist
   * instead of the public pool.
   */
  record Cancelled(Booking booking, boolean seatReservedForWaitlist) implements BookingFact {}

  record CheckedIn(Booking booking) implements BookingFact {}

  /** The class ended without the member checking in. */
  record NoShow(Booking booking) implements BookingFact {}

  /** The waitlist's credit hold was placed (credits debited now). */
  record HoldPlaced(Booking booking) implements BookingFact {}

  /** A hold became a confirmed booking on a seat reserved for it. */
  record HoldPromoted(Booking booking) implements BookingFact {}

  /** A hold ended without a seat, its credits refunded. */
  record HoldReleased(Booking booking) implements BookingFact {}
}
