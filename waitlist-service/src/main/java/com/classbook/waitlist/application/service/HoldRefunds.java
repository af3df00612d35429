package com.classbook.waitlist.application.service;

import com.classbook.waitlist.application.port.out.BookingHolds;
import com.classbook.waitlist.domain.ReleaseOutcome;
import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** Releases a waiting entry's hold with a full refund and ends the entry accordingly. */
@ApplicationScoped
class HoldRefunds {

  private final BookingHolds holds;
  private final EntryTransitions transitions;
  private final Clock clock;

  HoldRefunds(BookingHolds holds, EntryTransitions transitions, Clock clock) {
    this.holds = holds;
    this.transitions = transitions;
    this.clock = clock;
  }

  /**
   * Returns true when this call refunded the entry. A hold the booking service already confirmed
   * ends the entry as promoted instead: the member has the seat, nothing to refund.
   */
  Uni<Boolean> refund(WaitlistEntry waiting) {
    Uni<ReleaseOutcome> released =
        waiting.bookingId() == null
            ? Uni.createFrom().item(ReleaseOutcome.HOLD_NOT_FOUND)
            : holds.release(waiting.bookingId());
    return released.chain(
        outcome -> {
          Instant now = clock.instant();
          if (outcome == ReleaseOutcome.ALREADY_PROMOTED) {
            return transitions.end(waiting.promote(now), null).replaceWith(false);
          }
          return transitions.end(waiting.refund(now), null);
        });
  }
}
