package com.classbook.waitlist.application.port.out;

import com.classbook.waitlist.domain.PromotionOutcome;
import com.classbook.waitlist.domain.ReleaseOutcome;
import com.classbook.waitlist.domain.SlotReleaseOutcome;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

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

  /**
   * One page of WAITLISTED holds placed before {@code placedBefore} or of a class starting before
   * {@code classStartsBefore}, by booking id after {@code after} ("" first).
   */
  Uni<List<WaitingHold>> waitingHolds(
      Instant placedBefore, Instant classStartsBefore, String after, int limit);

  /** One page of seats reserved for the waitlist, created before {@code createdBefore}. */
  Uni<List<ReservedSeat>> reservedSeats(Instant createdBefore, String after, int limit);

  /** {@code requestId} makes the placement idempotent: it is the waitlist entry's id. */
  record HoldRequest(String requestId, String userId, String classId, String userPackageId) {}

  record Hold(
      String bookingId, String classId, String userId, String userPackageId, int creditsUsed) {}

  /** A hold still waiting at the booking service; {@code requestId} is its entry's id. */
  record WaitingHold(String bookingId, String requestId, String classId) {}

  /** A seat the booking service keeps for a promotion. */
  record ReservedSeat(String slotRef, String classId) {}

  /** The booking service could not be reached or failed; the outcome of the call is unknown. */
  final class Unavailable extends RuntimeException {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
