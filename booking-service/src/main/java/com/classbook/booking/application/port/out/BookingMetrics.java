package com.classbook.booking.application.port.out;

import com.classbook.kernel.problem.ProblemCode;

/**
 * Counts what the booking use cases decided, once each decision stands (committed or refused), for
 * the dashboards and alerts of docs/metrics.md. Replayed answers of an Idempotency-Key are not
 * decisions and are not counted.
 */
public interface BookingMetrics {

  /** A booking was confirmed. */
  void booked();

  /** A booking was refused with a problem (CLASS_FULL, ALREADY_BOOKED, ...). */
  void bookingRefused(ProblemCode code);

  /** A booking failed for an unexpected reason (answered 500). */
  void bookingFailed();

  /** A booking was cancelled by its member or an admin, with or without a refund. */
  void cancelled(boolean refunded);

  /** A booking was checked in (a repeated check-in is not counted again). */
  void checkedIn();

  /** Bookings of ended classes were marked as no-shows. */
  void noShows(int count);
}
