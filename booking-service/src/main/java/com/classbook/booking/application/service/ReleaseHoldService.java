package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.ReleaseHoldUseCase;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.BookingProblems;
import com.classbook.booking.domain.HoldRules;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Releases a hold with a full refund of the package that paid. */
@ApplicationScoped
public class ReleaseHoldService implements ReleaseHoldUseCase {

  private final SlotAllocation allocation;
  private final Eligibility eligibility;
  private final BookingRepository bookings;
  private final EventPublisher events;
  private final Clock clock;

  public ReleaseHoldService(
      SlotAllocation allocation,
      Eligibility eligibility,
      BookingRepository bookings,
      EventPublisher events,
      Clock clock) {
    this.allocation = allocation;
    this.eligibility = eligibility;
    this.bookings = bookings;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Uni<Booking> release(String holdId) {
    return allocation.retried(() -> releaseInTransaction(holdId));
  }

  private Uni<Booking> releaseInTransaction(String holdId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return bookings
        .findById(holdId)
        .map(
            found ->
                found.filter(Booking::isHold).orElseThrow(() -> BookingProblems.noHold(holdId)))
        .chain(
            hold -> {
              if (!HoldRules.requiresRelease(hold)) {
                return Uni.createFrom().item(hold);
              }
              BookingFact.HoldReleased released = hold.releaseHold(now);
              return bookings
                  .transition(hold, released.booking())
                  .call(
                      () -> eligibility.refund(hold.userPackageId(), hold.creditsUsed(), hold.id()))
                  .call(() -> events.publish(released));
            });
  }
}
