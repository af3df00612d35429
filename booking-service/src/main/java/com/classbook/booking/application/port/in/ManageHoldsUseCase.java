package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.ClassInventory;
import io.smallrye.mutiny.Uni;

/** The waitlist's credit holds and reserved seats, all operations idempotent. */
public interface ManageHoldsUseCase {

  /** Places a WAITLISTED hold debiting the credits now; refused while a public seat is free. */
  Uni<HoldPlacement> place(PlaceHoldCommand command);

  /** Turns a hold into a CONFIRMED booking on the reserved seat {@code slotRef}. */
  Uni<Booking> promote(String holdId, String slotRef);

  /** Cancels a hold with a full refund. */
  Uni<Booking> release(String holdId);

  /** Gives a reserved seat back to the public pool. */
  Uni<ClassInventory> releaseReservedSlot(String classId, String slotRef);
}
