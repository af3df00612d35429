package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.HoldPlacement;
import com.classbook.booking.application.port.in.ManageHoldsUseCase;
import com.classbook.booking.application.port.in.PlaceHoldCommand;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.DuplicateBooking;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.ReservedSlotRepository;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.application.port.out.UserPackageRepository;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingRules;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.HoldRules;
import com.classbook.booking.domain.ReservedSlot;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The waitlist's credit holds and reserved seats; every operation is idempotent. */
@ApplicationScoped
public class HoldService implements ManageHoldsUseCase {

  private final SlotAllocation allocation;
  private final Eligibility eligibility;
  private final TransactionRunner tx;
  private final BookingRepository bookings;
  private final ClassInventoryRepository classes;
  private final ReservedSlotRepository reservedSlots;
  private final UserPackageRepository wallet;
  private final EventPublisher events;
  private final Clock clock;

  public HoldService(
      SlotAllocation allocation,
      Eligibility eligibility,
      TransactionRunner tx,
      BookingRepository bookings,
      ClassInventoryRepository classes,
      ReservedSlotRepository reservedSlots,
      UserPackageRepository wallet,
      EventPublisher events,
      Clock clock) {
    this.allocation = allocation;
    this.eligibility = eligibility;
    this.tx = tx;
    this.bookings = bookings;
    this.classes = classes;
    this.reservedSlots = reservedSlots;
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
    Instant now = now();
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
                  .lockById(command.classId())
                  .map(
                      found ->
                          found.orElseThrow(() -> SlotAllocation.classNotFound(command.classId())))
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
              Booking hold =
                  Booking.hold(
                      UUID.randomUUID().toString(),
                      command.requestId(),
                      command.userId(),
                      cls,
                      payer,
                      now);
              return eligibility
                  .debit(payer, cls.requiredCredits(), hold.id())
                  .chain(() -> bookings.insert(hold))
                  .onFailure(DuplicateBooking.class)
                  .transform(failure -> new ConcurrentUpdate("duplicate hold"))
                  .chain(() -> events.booking(BookingEvent.HOLD_PLACED, hold, false))
                  .replaceWith(Committed.withoutSeatChange(new HoldPlacement(hold, true)));
            });
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
    Instant now = now();
    return classes
        .lockById(classId)
        .map(found -> found.orElseThrow(() -> SlotAllocation.classNotFound(classId)))
        .chain(
            cls ->
                bookings
                    .findById(holdId)
                    .map(found -> found.orElseThrow(() -> noHold(holdId)))
                    .chain(
                        hold -> {
                          if (!HoldRules.requiresPromotion(hold, slotRef)) {
                            return Uni.createFrom().item(Committed.withoutSeatChange(hold));
                          }
                          HoldRules.requirePromotable(cls, now);
                          return consumeSlot(slotRef, cls, hold)
                              .chain(() -> transition(hold, hold.promoted(slotRef)))
                              .chain(
                                  promoted ->
                                      classes
                                          .lockById(classId)
                                          .map(
                                              latest ->
                                                  latest.orElseThrow(
                                                      () -> SlotAllocation.classNotFound(classId)))
                                          .call(
                                              () ->
                                                  events.booking(
                                                      BookingEvent.HOLD_PROMOTED, promoted, false))
                                          .call(events::availability)
                                          .map(latest -> new Committed<>(promoted, latest)));
                        }));
  }

  private Uni<Void> consumeSlot(String slotRef, ClassInventory cls, Booking hold) {
    return reservedSlots
        .consume(slotRef, cls.id(), hold.id())
        .chain(
            consumed -> {
              if (!consumed) {
                return Uni.createFrom().failure(slotNotReserved(slotRef));
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

  @Override
  public Uni<Booking> release(String holdId) {
    return allocation.retried(() -> releaseInTransaction(holdId));
  }

  private Uni<Booking> releaseInTransaction(String holdId) {
    Instant now = now();
    return bookings
        .findById(holdId)
        .map(found -> found.filter(Booking::isHold).orElseThrow(() -> noHold(holdId)))
        .chain(
            hold -> {
              if (!HoldRules.requiresRelease(hold)) {
                return Uni.createFrom().item(hold);
              }
              return transition(hold, hold.cancelled(now, true))
                  .call(
                      released ->
                          eligibility.refund(
                              released.userPackageId(), released.creditsUsed(), released.id()))
                  .call(released -> events.booking(BookingEvent.HOLD_RELEASED, released, false));
            });
  }

  @Override
  public Uni<ClassInventory> releaseReservedSlot(String classId, String slotRef) {
    return allocation.underClassLock(classId, () -> releaseSlotInTransaction(classId, slotRef));
  }

  private Uni<Committed<ClassInventory>> releaseSlotInTransaction(String classId, String slotRef) {
    return classes
        .lockById(classId)
        .map(found -> found.orElseThrow(() -> SlotAllocation.classNotFound(classId)))
        .chain(
            cls ->
                reservedSlots
                    .find(slotRef, classId)
                    .map(found -> found.orElseThrow(() -> slotNotReserved(slotRef)))
                    .chain(
                        slot -> {
                          if (slot.state() == ReservedSlot.State.RELEASED) {
                            return Uni.createFrom().item(new Committed<>(cls, cls));
                          }
                          if (slot.state() == ReservedSlot.State.CONSUMED) {
                            return Uni.createFrom().failure(slotNotReserved(slotRef));
                          }
                          return reservedSlots
                              .release(slotRef, classId)
                              .chain(() -> classes.releaseReservedSlot(classId))
                              .chain(() -> classes.lockById(classId))
                              .map(
                                  latest ->
                                      latest.orElseThrow(
                                          () -> SlotAllocation.classNotFound(classId)))
                              .call(events::availability)
                              .map(latest -> new Committed<>(latest, latest));
                        }));
  }

  private Uni<Booking> findHold(String holdId) {
    return tx.inSession(() -> bookings.findById(holdId))
        .map(found -> found.filter(Booking::isHold).orElseThrow(() -> noHold(holdId)));
  }

  private Uni<Booking> transition(Booking before, Booking after) {
    return bookings.transition(before, after).replaceWith(after);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static DomainProblem noHold(String holdId) {
    return new DomainProblem(ProblemCode.NOT_FOUND, "no hold " + holdId);
  }

  private static DomainProblem slotNotReserved(String slotRef) {
    return new DomainProblem(
        ProblemCode.SLOT_NOT_RESERVED, "slot " + slotRef + " is not reserved for the waitlist");
  }
}
