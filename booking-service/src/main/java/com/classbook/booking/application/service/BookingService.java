package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.BookClassCommand;
import com.classbook.booking.application.port.in.BookClassUseCase;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.DuplicateBooking;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.UserPackageRepository;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingRules;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Books a class: the hot path of the product, safe under any contention. */
@ApplicationScoped
public class BookingService implements BookClassUseCase {

  private final SlotAllocation allocation;
  private final Eligibility eligibility;
  private final ClassInventoryRepository classes;
  private final BookingRepository bookings;
  private final UserPackageRepository wallet;
  private final EventPublisher events;
  private final Clock clock;

  public BookingService(
      SlotAllocation allocation,
      Eligibility eligibility,
      ClassInventoryRepository classes,
      BookingRepository bookings,
      UserPackageRepository wallet,
      EventPublisher events,
      Clock clock) {
    this.allocation = allocation;
    this.eligibility = eligibility;
    this.classes = classes;
    this.bookings = bookings;
    this.wallet = wallet;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Uni<Booking> book(BookClassCommand command) {
    return allocation
        .cachedFreeSlots(command.classId())
        .chain(
            free -> {
              if (free <= 0) {
                // A full class is refused without touching the lock or the database.
                return Uni.createFrom().failure(SlotAllocation.classFull());
              }
              return allocation.underClassLock(command.classId(), () -> bookInTransaction(command));
            });
  }

  private Uni<Committed<Booking>> bookInTransaction(BookClassCommand command) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String userId = command.userId();
    return wallet
        .serialiseMember(userId, now)
        .chain(() -> classes.find(command.classId()))
        .map(found -> found.orElseThrow(() -> SlotAllocation.classNotFound(command.classId())))
        .invoke(cls -> BookingRules.requireBookable(cls, now))
        .chain(
            cls ->
                eligibility
                    .payerFor(userId, cls, command.userPackageId(), now, ProblemCode.ALREADY_BOOKED)
                    .chain(
                        payer -> {
                          Booking booking =
                              Booking.confirmed(
                                  UUID.randomUUID().toString(), userId, cls, payer, now);
                          return takeSeat(cls.id())
                              .chain(
                                  () ->
                                      eligibility.debit(payer, cls.requiredCredits(), booking.id()))
                              .chain(() -> insert(booking))
                              .chain(() -> classes.lockById(cls.id()))
                              .map(after -> after.orElseThrow())
                              .call(after -> events.booking(BookingEvent.CONFIRMED, booking, false))
                              .call(events::availability)
                              .map(after -> new Committed<>(booking, after));
                        }));
  }

  private Uni<Void> takeSeat(String classId) {
    return classes
        .takeFreeSlot(classId)
        .invoke(
            ok -> {
              if (!ok) {
                throw SlotAllocation.classFull();
              }
            })
        .replaceWithVoid();
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
