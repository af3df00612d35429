package com.classbook.waitlist.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * Records that the booking service reserved a freed seat for the waitlist; runs inside the
 * consumer's transaction so the fact is stored exactly once per seat.
 */
public interface RecordFreedSlotUseCase {
  Uni<Void> recordFreedSlot(String classId, String slotRef);
}
