package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.PromoteHoldUseCase;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.ReservedSlotRepository;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.BookingProblems;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.HoldRules;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Promotes a hold onto the seat reserved for it, under the class lock. */
@ApplicationScoped
public class PromoteHoldService implements PromoteHoldUseCase {

  private final SlotAllocation allocation;
  private final TransactionRunner tx;
  private final BookingRepository bookings;
  private final ClassInventoryRepository classes;
  private final ReservedSlotRepository reservedSlots;
  private final EventPublisher events;
  private final Clock clock;

  public PromoteHoldService(
      SlotAllocation allocation,
      TransactionRunner tx,
      BookingRepository bookings,
      ClassInventoryRepository classes,
      ReservedSlotRepository reservedSlots,
      EventPublisher events,
      Clock clock) {
    this.allocation = allocation;
    this.tx = tx;
    this.bookings = bookings;
    this.classes = classes;
    this.reservedSlots = reservedSlots;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Uni<Booking> promote(String holdId, String slotRef) {
    return findHold(holdId)
        .chain(
            hold ->
                allocation.underClassLock(
                    hold.classId(), () -> promoteInTransaction(holdId, hold.classId(), slotRef)));
  }

  private Uni<Committed<Booking>> promoteInTransaction(
      String holdId, String classId, String slotRef) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return classes
        .lockExisting(classId)
        .chain(
            cls ->
                bookings
                    .findById(holdId)
                    .map(found -> found.orElseThrow(() -> BookingProblems.noHold(holdId)))
                    .chain(
                        hold -> {
                          if (!HoldRules.requiresPromotion(hold, slotRef)) {
                            return Uni.createFrom().item(Committed.withoutSeatChange(hold));
                          }
                          HoldRules.requirePromotable(cls, now);
                          BookingFact.HoldPromoted promoted = hold.promote(slotRef);
                          return consumeSlot(slotRef, cls, hold)
                              .chain(() -> bookings.transition(hold, promoted.booking()))
                              .chain(() -> classes.lockExisting(classId))
                              .call(() -> events.publish(promoted))
                              .call(events::availability)
                              .map(latest -> Committed.withSeats(promoted.booking(), latest));
                        }));
  }

  private Uni<Void> consumeSlot(String slotRef, ClassInventory cls, Booking hold) {
    return reservedSlots
        .consume(slotRef, cls.id(), hold.id())
        .chain(
            consumed -> {
              if (!consumed) {
                return Uni.createFrom().failure(BookingProblems.slotNotReserved(slotRef));
              }
              return classes.consumeReservedSlot(cls.id());
            })
        .invoke(
            ok -> {
              if (!ok) {
                throw new IllegalStateException("class " + cls.id() + " has no reserved seat left");
              }
            })
        .replaceWithVoid();
  }

  private Uni<Booking> findHold(String holdId) {
    return tx.inSession(() -> bookings.findById(holdId))
        .map(
            found ->
                found.filter(Booking::isHold).orElseThrow(() -> BookingProblems.noHold(holdId)));
  }
}
