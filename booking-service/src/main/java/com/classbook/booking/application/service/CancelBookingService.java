package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.CancelBookingCommand;
import com.classbook.booking.application.port.in.CancelBookingUseCase;
import com.classbook.booking.application.port.out.BookingMetrics;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.ReservedSlotRepository;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.CancellationPolicy;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Cancels bookings: refund when early enough, and the freed seat goes to the waitlist when members
 * wait (reserved slot), else back to the public pool.
 */
@ApplicationScoped
public class CancelBookingService implements CancelBookingUseCase {

  private final SlotAllocation allocation;
  private final Eligibility eligibility;
  private final TransactionRunner tx;
  private final BookingRepository bookings;
  private final ClassInventoryRepository classes;
  private final ReservedSlotRepository reservedSlots;
  private final EventPublisher events;
  private final CancellationPolicy policy;
  private final BookingMetrics metrics;
  private final Clock clock;

  public CancelBookingService(
      SlotAllocation allocation,
      Eligibility eligibility,
      TransactionRunner tx,
      BookingRepository bookings,
      ClassInventoryRepository classes,
      ReservedSlotRepository reservedSlots,
      EventPublisher events,
      BookingSettings settings,
      BookingMetrics metrics,
      Clock clock) {
    this.allocation = allocation;
    this.eligibility = eligibility;
    this.tx = tx;
    this.bookings = bookings;
    this.classes = classes;
    this.reservedSlots = reservedSlots;
    this.events = events;
    this.policy = new CancellationPolicy(settings.refundCutoff());
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public Uni<Booking> cancel(CancelBookingCommand command) {
    return tx.inSession(() -> bookings.findById(command.bookingId()))
        .map(
            found ->
                found
                    .filter(b -> command.admin() || b.ownedBy(command.actorId()))
                    .orElseThrow(() -> notFound(command.bookingId())))
        .chain(
            booking ->
                allocation.underClassLock(
                    booking.classId(), () -> cancelInTransaction(booking.id(), booking.classId())))
        .invoke(cancelled -> metrics.cancelled(cancelled.refunded()));
  }

  private Uni<Committed<Booking>> cancelInTransaction(String bookingId, String classId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return classes
        .lockExisting(classId)
        .chain(
            cls ->
                bookings
                    .findById(bookingId)
                    .map(found -> found.orElseThrow(() -> notFound(bookingId)))
                    .chain(booking -> cancel(booking, cls, now)));
  }

  private Uni<Committed<Booking>> cancel(Booking booking, ClassInventory cls, Instant now) {
    policy.requireCancellable(booking, cls, now);
    boolean refund = policy.refunds(cls, now);
    // Members waiting for this class get the seat (I5); the booking being cancelled is not a hold,
    // so counting before its transition gives the same answer.
    return bookings
        .countWaitlisted(cls.id())
        .chain(
            waiting -> {
              BookingFact.Cancelled cancelled = booking.cancel(now, refund, waiting > 0);
              Booking after = cancelled.booking();
              return bookings
                  .transition(booking, after)
                  .chain(
                      () ->
                          refund
                              ? eligibility.refund(
                                  after.userPackageId(), after.creditsUsed(), after.id())
                              : Uni.createFrom().voidItem())
                  .chain(() -> seatAfterCancellation(cancelled, cls, now))
                  .chain(() -> classes.lockExisting(cls.id()))
                  .call(() -> events.publish(cancelled))
                  .call(events::availability)
                  .map(latest -> Committed.withSeats(after, latest));
            });
  }

  private Uni<Boolean> seatAfterCancellation(
      BookingFact.Cancelled cancelled, ClassInventory cls, Instant now) {
    Uni<Boolean> seat =
        cancelled.seatReservedForWaitlist()
            ? reservedSlots
                .reserve(cancelled.booking().id(), cls.id(), now)
                .chain(() -> classes.reserveSlot(cls.id()))
            : classes.returnFreeSlot(cls.id());
    return seat.invoke(ok -> requireSeatAccounting(ok, cls));
  }

  private static void requireSeatAccounting(boolean ok, ClassInventory cls) {
    if (!ok) {
      throw new IllegalStateException("seat counts of class " + cls.id() + " exceed capacity");
    }
  }

  static DomainProblem notFound(String bookingId) {
    return new DomainProblem(ProblemCode.NOT_FOUND, "no booking " + bookingId);
  }
}
