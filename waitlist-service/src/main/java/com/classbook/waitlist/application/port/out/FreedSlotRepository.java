package com.classbook.waitlist.application.port.out;

import com.classbook.waitlist.domain.FreedSlot;
import com.classbook.waitlist.domain.FreedSlotState;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Seats reserved for the waitlist and how each was resolved; runs in a transaction. */
public interface FreedSlotRepository {
  /** Stores the seat unless it is known already; returns whether it was new. */
  Uni<Boolean> recordIfNew(FreedSlot slot);

  Uni<Optional<FreedSlot>> find(String slotRef);

  /** Resolves a pending seat; returns false when it was resolved already (the guard). */
  Uni<Boolean> resolve(String slotRef, FreedSlotState state, String entryId, Instant now);

  /** Counts a failed attempt and schedules the next one. */
  Uni<Void> postpone(String slotRef, Instant nextAttemptAt);

  /** Pending seats whose next attempt is due. */
  Uni<List<FreedSlot>> due(Instant now, int limit);
}
