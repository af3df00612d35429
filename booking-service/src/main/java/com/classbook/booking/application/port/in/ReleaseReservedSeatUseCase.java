package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.ClassInventory;
import io.smallrye.mutiny.Uni;

/** Gives a seat reserved for the waitlist back to the public pool; idempotent. */
public interface ReleaseReservedSeatUseCase {

  Uni<ClassInventory> releaseReservedSeat(String classId, String slotRef);
}
