package com.classbook.waitlist.application.port.out;

import com.classbook.waitlist.domain.PromotionOutcome;
import com.classbook.waitlist.domain.ReleaseOutcome;
import com.classbook.waitlist.domain.SlotReleaseOutcome;
import io.smallrye.mutiny.Uni;

/**
 * The booking service's credit holds (WAITLISTED bookings) and reserved seats; every call is
 * idempotent, so it may be retried.
 */
public interface BookingHolds {
  /**
   * Places a hold that debits the class's credits now; refusals fail with the booking service's
   * DomainProblem (CLASS_NOT_FULL, ALREADY_BOOKED, ...), unchanged.
   */
  Uni<Hold> placeHold(HoldRequest request);

  Uni<PromotionOutcome> promote(String holdBookingId, String slotRef);

  Uni<ReleaseOutcome> release(String holdBookingId);

  Uni<SlotReleaseOutcome> releaseReservedSlot(String classId, String slotRef);

  /** {@code requestId} makes the placement idempotent: it is the waitlist entry's id. */
  record HoldRequest(String requestId, String userId, String classId, String userPackageId) {}

  record Hold(
      String bookingId, String classId, String userId, String userPackageId, int creditsUsed) {}

  /** The booking service could not be reached or failed; the outcome of the call is unknown. */
  final class Unavailable extends RuntimeException {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
