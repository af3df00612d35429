package com.classbook.waitlist.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * Brings the waitlist and the booking service's holds and reserved seats back in line where a
 * message or a commit went missing; safe to run on several instances at once.
 */
public interface ReconcileWithBookingUseCase {

  /**
   * Takes up seats the booking service reserved for the waitlist that this service has no record of
   * (seats added by a capacity change, or a lost announcement) and offers them to the queue;
   * returns how many were new.
   */
  Uni<Integer> adoptReservedSeats();

  /**
   * Releases, with a full refund, every WAITLISTED hold whose waitlist entry never committed (a
   * join that failed after the hold was placed) or has ended; returns how many were released.
   */
  Uni<Integer> releaseOrphanHolds();
}
