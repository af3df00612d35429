package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.HoldPlacement;
import com.classbook.booking.application.port.in.PlaceHoldCommand;
import com.classbook.booking.application.port.in.PlaceHoldUseCase;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.DuplicateBooking;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.application.port.out.UserPackageRepository;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.BookingRules;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.HoldRules;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Places the waitlist's credit holds: debited now, refused while a public seat is free. */
@ApplicationScoped
public class PlaceHoldService implements PlaceHoldUseCase {

  private final SlotAllocation allocation;
  private final Eligibility eligibility;
  private final TransactionRunner tx;
  private final BookingRepository bookings;
  private final ClassInventoryRepository classes;
  private final UserPackageRepository wallet;
  private final EventPublisher events;
  private final Clock clock;

  public PlaceHoldService(
      SlotAllocation allocation,
      Eligibility eligibility,
      TransactionRunner tx,
      BookingRepository bookings,
      ClassInventoryRepository classes,
      UserPackageRepository wallet,
      EventPublisher events,
      Clock clock) {
    this.allocation = allocation;
    this.eligibility = eligibility;
    this.tx = tx;
    this.bookings = bookings;
    this.classes = classes;
    this.wallet = wallet;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Uni<HoldPlacement> place(PlaceHoldCommand command) {
    return tx.inSession(() -> bookings.findByHoldRequest(command.requestId()))
        .chain(
            existing ->
                existing.isPresent()
                    ? Uni.createFrom().item(new HoldPlacement(existing.get(), false))
                    : allocation.underClassLock(
                        command.classId(), () -> placeInTransaction(command)));
  }

  private Uni<Committed<HoldPlacement>> placeInTransaction(PlaceHoldCommand command) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return wallet
        .serialiseMember(command.userId(), now)
        .chain(() -> bookings.findByHoldRequest(command.requestId()))
        .chain(
            existing -> {
              if (existing.isPresent()) {
                return Uni.createFrom()
                    .item(Committed.withoutSeatChange(new HoldPlacement(existing.get(), false)));
              }
              // The class row stays locked until commit, so a concurrent cancellation decides
              // "reserve for the waitlist" only after this hold is visible, never before.
              return classes
                  .lockExisting(command.classId())
                  .invoke(cls -> BookingRules.requireBookable(cls, now))
                  .invoke(HoldRules::requireFull)
                  .chain(cls -> placeHold(command, cls, now));
            });
  }

  private Uni<Committed<HoldPlacement>> placeHold(
      PlaceHoldCommand command, ClassInventory cls, Instant now) {
    return eligibility
        .payerFor(
            command.userId(), cls, command.userPackageId(), now, ProblemCode.ALREADY_WAITLISTED)
        .chain(
            payer -> {
              BookingFact.HoldPlaced placed =
                  Booking.placeHold(
                      UUID.randomUUID().toString(),
                      command.requestId(),
                      command.userId(),
                      cls,
                      payer,
                      now);
              Booking hold = placed.booking();
              return eligibility
                  .debit(payer, cls.requiredCredits(), hold.id())
                  .chain(() -> bookings.insert(hold))
                  .onFailure(DuplicateBooking.class)
                  .transform(failure -> new ConcurrentUpdate("duplicate hold"))
                  .chain(() -> events.publish(placed))
                  .replaceWith(Committed.withoutSeatChange(new HoldPlacement(hold, true)));
            });
  }
}
