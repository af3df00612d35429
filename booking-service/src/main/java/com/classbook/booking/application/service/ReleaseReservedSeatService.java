package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.ReleaseReservedSeatUseCase;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.ReservedSlotRepository;
import com.classbook.booking.domain.BookingProblems;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.ReservedSlot;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Gives a seat reserved for the waitlist back to the public pool, under the class lock. */
@ApplicationScoped
public class ReleaseReservedSeatService implements ReleaseReservedSeatUseCase {

  private final SlotAllocation allocation;
  private final ClassInventoryRepository classes;
  private final ReservedSlotRepository reservedSlots;
  private final EventPublisher events;

  public ReleaseReservedSeatService(
      SlotAllocation allocation,
      ClassInventoryRepository classes,
      ReservedSlotRepository reservedSlots,
      EventPublisher events) {
    this.allocation = allocation;
    this.classes = classes;
    this.reservedSlots = reservedSlots;
    this.events = events;
  }

  @Override
  public Uni<ClassInventory> releaseReservedSeat(String classId, String slotRef) {
    return allocation.underClassLock(classId, () -> releaseSlotInTransaction(classId, slotRef));
  }

  private Uni<Committed<ClassInventory>> releaseSlotInTransaction(String classId, String slotRef) {
    return classes
        .lockExisting(classId)
        .chain(
            cls ->
                reservedSlots
                    .find(slotRef, classId)
                    .map(found -> found.orElseThrow(() -> BookingProblems.slotNotReserved(slotRef)))
                    .chain(
                        slot -> {
                          if (slot.state() == ReservedSlot.State.RELEASED) {
                            return Uni.createFrom().item(Committed.withoutSeatChange(cls));
                          }
                          if (slot.state() == ReservedSlot.State.CONSUMED) {
                            return Uni.createFrom()
                                .failure(BookingProblems.slotNotReserved(slotRef));
                          }
                          return reservedSlots
                              .release(slotRef, classId)
                              .chain(() -> classes.releaseReservedSlot(classId))
                              .chain(() -> classes.lockExisting(classId))
                              .call(events::availability)
                              .map(latest -> Committed.seats(latest));
                        }));
  }
}
