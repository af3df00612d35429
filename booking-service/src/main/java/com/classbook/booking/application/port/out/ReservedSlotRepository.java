package com.classbook.booking.application.port.out;

import com.classbook.booking.domain.ReservedSlot;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores seats reserved for the waitlist so each is used exactly once. */
public interface ReservedSlotRepository {

  /** Records the seat {@code slotRef} of the class as RESERVED; fails if the ref was recorded. */
  Uni<Void> reserve(String slotRef, String classId, Instant now);

  /** The seat {@code slotRef} if it is one of the class, locked until the transaction ends. */
  Uni<Optional<ReservedSlot>> find(String slotRef, String classId);

  /** RESERVED -> CONSUMED by {@code bookingId}; false if the slot was not RESERVED. */
  Uni<Boolean> consume(String slotRef, String classId, String bookingId);

  /**
   * RESERVED -> RELEASED; fails with {@link ConcurrentUpdate} when the slot, read RESERVED in this
   * transaction, was changed by another one first.
   */
  Uni<Void> release(String slotRef, String classId);

  /** RESERVED seats created before {@code createdBefore}, by slot ref after {@code afterRef}. */
  Uni<List<ReservedSlot>> reservedBefore(Instant createdBefore, String afterRef, int limit);

  /** Releases every still reserved seat of a cancelled class. */
  Uni<Integer> releaseAllOf(String classId);
}
