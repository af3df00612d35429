package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.BookClassCommand;
import com.classbook.booking.application.port.in.BookClassUseCase;
import com.classbook.booking.application.port.out.BookingMetrics;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.DuplicateBooking;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.application.port.out.UserPackageRepository;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.BookingProblems;
import com.classbook.booking.domain.BookingRules;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Books a class: the hot path of the product, safe under any contention. */
@ApplicationScoped
public class BookClassService implements BookClassUseCase {

  private final SlotAllocation allocation;
  private final FreeSeatsCache freeSeats;
  private final Eligibility eligibility;
  private final TransactionRunner tx;
  private final ClassInventoryRepository classes;
  private final BookingRepository bookings;
  private final UserPackageRepository wallet;
  private final EventPublisher events;
  private final BookingMetrics metrics;
  private final Clock clock;

  public BookClassService(
      SlotAllocation allocation,
      FreeSeatsCache freeSeats,
      Eligibility eligibility,
      TransactionRunner tx,
      ClassInventoryRepository classes,
      BookingRepository bookings,
      UserPackageRepository wallet,
      EventPublisher events,
      BookingMetrics metrics,
      Clock clock) {
    this.allocation = allocation;
    this.freeSeats = freeSeats;
    this.eligibility = eligibility;
    this.tx = tx;
    this.classes = classes;
    this.bookings = bookings;
    this.wallet = wallet;
    this.events = events;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public Uni<Booking> book(BookClassCommand command) {
    return freeSeats
        .freeSeats(command.classId())
        .chain(free -> free > 0 ? Uni.createFrom().voidItem() : confirmFull(command))
        .chain(() -> allocation.underClassLock(command.classId(), () -> bookInTransaction(command)))
        .invoke(metrics::booked)
        .onFailure()
        .invoke(this::countRefusal);
  }

  private void countRefusal(Throwable failure) {
    if (failure instanceof DomainProblem problem) {
      metrics.bookingRefused(problem.code());
    } else {
      metrics.bookingFailed();
    }
  }

  /**
   * The counter says the class is full. Without the lock or a transaction, two indexed reads give
   * the more precise answers first (404, 422 not bookable, 409 already booked or waiting) and
   * confirm the refusal against the committed row: a counter that is wrong low is corrected and the
   * booking goes on instead of answering CLASS_FULL.
   */
  private Uni<Void> confirmFull(BookClassCommand command) {
    Instant now = clock.instant();
    return tx.inOwnSession(
            () ->
                classes
                    .find(command.classId())
                    .map(
                        found ->
                            found.orElseThrow(
                                () -> BookingProblems.classNotFound(command.classId())))
                    .invoke(cls -> BookingRules.requireBookable(cls, now))
                    .call(
                        cls ->
                            bookings
                                .findActive(command.userId(), cls.id())
                                .invoke(
                                    active ->
                                        BookingRules.requireNoActiveBooking(
                                            active, ProblemCode.ALREADY_BOOKED))))
        .chain(
            cls ->
                cls.freeSlots() > 0
                    ? freeSeats.publish(cls)
                    : Uni.createFrom().failure(BookingProblems.classFull()));
  }

  /**
   * Takes the seat first, with the guarded update, which sees the committed class row, not a
   * snapshot: a class cancelled, deactivated, started or filled meanwhile gives no seat. The row is
   * then read locked, so the member's checks run against the class as it is; a refusal rolls the
   * seat back with everything else.
   */
  private Uni<Committed<Booking>> bookInTransaction(BookClassCommand command) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String userId = command.userId();
    return wallet
        .serialiseMember(userId, now)
        .chain(() -> classes.takeFreeSlot(command.classId(), now))
        .chain(
            taken ->
                taken.isPresent()
                    ? book(command, taken.get(), now)
                    : refuseWithoutSeat(command, now));
  }

  private Uni<Committed<Booking>> book(BookClassCommand command, ClassInventory cls, Instant now) {
    return eligibility
        .payerFor(command.userId(), cls, command.userPackageId(), now, ProblemCode.ALREADY_BOOKED)
        .chain(
            payer -> {
              BookingFact.Confirmed confirmed =
                  Booking.book(UUID.randomUUID().toString(), command.userId(), cls, payer, now);
              Booking booking = confirmed.booking();
              return eligibility
                  .debit(payer, cls.requiredCredits(), booking.id())
                  .call(() -> insert(booking))
                  .call(() -> events.publish(confirmed))
                  .call(() -> events.availability(cls))
                  .map(debited -> Committed.withSeats(booking, cls));
            });
  }

  /**
   * No seat was taken: the most precise answer about the class as it is now, then about the member
   * (already booked, overlap, no credits), and only then CLASS_FULL.
   */
  private Uni<Committed<Booking>> refuseWithoutSeat(BookClassCommand command, Instant now) {
    return classes
        .lockExisting(command.classId())
        .invoke(cls -> BookingRules.requireBookable(cls, now))
        .chain(
            cls ->
                eligibility.payerFor(
                    command.userId(),
                    cls,
                    command.userPackageId(),
                    now,
                    ProblemCode.ALREADY_BOOKED))
        .map(
            payer -> {
              throw BookingProblems.classFull();
            });
  }

  private Uni<Void> insert(Booking booking) {
    // The unique guard refused a second active booking that slipped past the checks: retrying
    // the transaction re-reads the state and answers with the precise problem.
    return bookings
        .insert(booking)
        .onFailure(DuplicateBooking.class)
        .transform(failure -> new ConcurrentUpdate("duplicate active booking"));
  }
}
