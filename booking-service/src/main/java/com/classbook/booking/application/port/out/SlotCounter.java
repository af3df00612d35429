package com.classbook.booking.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/**
 * A cache of each class's free public seats that rejects bookings of full classes cheaply; it holds
 * no truth and is rebuilt from the database when missing.
 */
public interface SlotCounter {

  /** The cached free seats, empty when missing or unreadable. */
  Uni<Optional<Integer>> read(String classId);

  /** Sets the value only if the key is missing (rebuild after a miss or a flush). */
  Uni<Void> initialise(String classId, int freeSlots, long version);

  /** Sets the value unless a newer class version is already cached. */
  Uni<Void> publish(String classId, int freeSlots, long version);
}
